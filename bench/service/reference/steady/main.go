// Command steady is the bench's constant-rate load generator, wrk2's model in a few lines of Go: each
// of -connections keep-alive connections sends its share of -rate requests per second on a fixed
// schedule, and a request's latency runs from the moment the schedule meant to send it, not from
// when the connection was free again. A slow answer therefore cannot hold back the requests behind
// it and hide their wait (wrk's coordinated omission): the latencies are those of the offered load,
// the same for every service measured. It prints one JSON line: the requests answered, the rate
// achieved, p50 and p99 in milliseconds, the answers that were not 2xx and the failed requests.
//
// A POST's body is -body with its %d replaced by a number unique in this run, so that each create
// names a new e-mail.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "steady:", err)
		os.Exit(1)
	}
}

type headers []string

func (h *headers) String() string     { return strings.Join(*h, ", ") }
func (h *headers) Set(v string) error { *h = append(*h, v); return nil }

// result is what one connection saw.
type result struct {
	latencies []time.Duration
	non2xx    int
	failed    int
}

func run() error {
	target := flag.String("url", "", "the URL to send every request to")
	method := flag.String("method", http.MethodGet, "GET or POST")
	body := flag.String("body", "", "the body of a POST, %d replaced by the request's number")
	rate := flag.Int("rate", 1000, "requests per second, offered whatever the answers' pace")
	duration := flag.Duration("duration", 10*time.Second, "how long to send")
	connections := flag.Int("connections", 32, "keep-alive connections, each sending rate/connections per second")
	var extra headers
	flag.Var(&extra, "header", "a request header, Name: value (repeatable)")
	flag.Parse()
	u, err := url.Parse(*target)
	if err != nil || u.Host == "" {
		return fmt.Errorf("-url %q is not an absolute URL", *target)
	}
	if *rate < 1 || *connections < 1 {
		return errors.New("-rate and -connections must be positive")
	}
	head := fmt.Sprintf("%s %s HTTP/1.1\r\nHost: %s\r\n", *method, u.RequestURI(), u.Host)
	for _, h := range extra {
		head += h + "\r\n"
	}
	before, after, _ := strings.Cut(*body, "%d")

	var (
		sequence atomic.Int64
		results  = make([]result, *connections)
		wg       sync.WaitGroup
	)
	// Request k of connection c is due at start + (k*connections + c)/rate: the connections' schedules
	// interleave into one steady stream.
	interval := time.Duration(float64(time.Second) * float64(*connections) / float64(*rate))
	start := time.Now().Add(100 * time.Millisecond)
	end := start.Add(*duration)
	for c := range *connections {
		wg.Add(1)
		go func() {
			defer wg.Done()
			offset := time.Duration(float64(time.Second) * float64(c) / float64(*rate))
			results[c] = send(u.Host, head, *method == http.MethodPost, before, after, &sequence,
				start.Add(offset), interval, end)
		}()
	}
	wg.Wait()

	var all []time.Duration
	report := struct {
		Requests int     `json:"requests"`
		Rate     float64 `json:"rate"`
		P50      float64 `json:"p50_ms"`
		P99      float64 `json:"p99_ms"`
		Non2xx   int     `json:"non2xx"`
		Failed   int     `json:"failed"`
	}{}
	for _, r := range results {
		all = append(all, r.latencies...)
		report.Non2xx += r.non2xx
		report.Failed += r.failed
	}
	slices.Sort(all)
	report.Requests = len(all)
	report.Rate = float64(len(all)) / duration.Seconds()
	if len(all) > 0 {
		report.P50 = ms(all[(len(all)-1)*50/100])
		report.P99 = ms(all[(len(all)-1)*99/100])
	}
	return json.NewEncoder(os.Stdout).Encode(report)
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// send runs one connection's schedule from due, every interval, until end; it reconnects after an
// error (counting the request as failed).
func send(host, head string, post bool, before, after string, sequence *atomic.Int64,
	due time.Time, interval time.Duration, end time.Time) result {
	var (
		out     result
		conn    net.Conn
		reader  *bufio.Reader
		request []byte
	)
	defer func() {
		if conn != nil {
			_ = conn.Close()
		}
	}()
	for ; due.Before(end); due = due.Add(interval) {
		time.Sleep(time.Until(due))
		if conn == nil {
			var err error
			if conn, err = net.Dial("tcp", host); err != nil {
				out.failed++
				continue
			}
			reader = bufio.NewReaderSize(conn, 16<<10)
		}
		request = append(request[:0], head...)
		if post {
			n := strconv.FormatInt(sequence.Add(1), 10)
			request = append(request, "Content-Type: application/json\r\nContent-Length: "...)
			request = strconv.AppendInt(request, int64(len(before)+len(n)+len(after)), 10)
			request = append(append(append(append(request, "\r\n\r\n"...), before...), n...), after...)
		} else {
			request = append(request, "\r\n"...)
		}
		status, keepAlive, err := exchange(conn, reader, request)
		if err != nil {
			out.failed++
		} else {
			out.latencies = append(out.latencies, time.Since(due))
			if status < 200 || status > 299 {
				out.non2xx++
			}
		}
		if err != nil || !keepAlive {
			_ = conn.Close()
			conn = nil
		}
	}
	return out
}

// exchange writes one request and reads its whole answer: its status, and whether the connection
// stays open.
func exchange(conn net.Conn, reader *bufio.Reader, request []byte) (int, bool, error) {
	if _, err := conn.Write(request); err != nil {
		return 0, false, err
	}
	resp, err := http.ReadResponse(reader, nil)
	if err != nil {
		return 0, false, err
	}
	_, err = io.Copy(io.Discard, resp.Body)
	_ = resp.Body.Close()
	return resp.StatusCode, !resp.Close, err
}

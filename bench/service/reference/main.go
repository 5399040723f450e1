// Command reference is the hand-written service bench/service measures the generated one against:
// the smallest honest chi + pgxpool service serving the shop example's customers with the same SQL,
// the same JSON, the same pool settings and the same production basics (JSON access log, request
// ids, a body limit, server timeouts, validation, problem+json errors, and bearer JWTs verified as
// the generated service verifies them: golang-jwt with keys from a JWKS through keyfunc, RS256 or
// ES256, issuer, audience, required expiry, 60 s leeway, the admin role for the list, a verified
// token remembered as every generated service remembers it), and nothing more.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/MicahParks/keyfunc/v3"
	"github.com/go-chi/chi/v5"
	chimiddleware "github.com/go-chi/chi/v5/middleware"
	"github.com/golang-jwt/jwt/v5"
	"github.com/google/uuid"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/maypok86/otter/v2"
)

const (
	selectCustomerSQL = `
SELECT id, version, created_at, updated_at, email, name
FROM customers
WHERE id = $1`

	listCustomersSQL = `
SELECT id, version, created_at, updated_at, email, name
FROM customers
WHERE ($1::uuid IS NULL OR id > $1)
ORDER BY id
LIMIT $2`

	insertCustomerSQL = `
INSERT INTO customers (id, version, created_at, updated_at, email, name)
VALUES ($1, $2, $3, $4, $5, $6)`

	// A verified token is remembered for a minute at most (never past its exp), at most 10,000 of
	// them, its times checked again on every use: the contract of every generated service
	// (dev.dddgen.api.TokenChecks).
	rememberedFor    = time.Minute
	rememberedTokens = 10_000
)

var emailPattern = regexp.MustCompile(`^[^@\s]+@[^@\s]+$`)

type customer struct {
	ID        uuid.UUID `json:"id"`
	Version   int64     `json:"version"`
	CreatedAt time.Time `json:"createdAt"`
	UpdatedAt time.Time `json:"updatedAt"`
	Email     string    `json:"email"`
	Name      string    `json:"name"`
}

type page struct {
	Items      []customer `json:"items"`
	NextCursor *string    `json:"nextCursor"`
}

type createRequest struct {
	Email *string `json:"email"`
	Name  *string `json:"name"`
}

type server struct {
	pool      *pgxpool.Pool
	parser    *jwt.Parser
	validator *jwt.Validator
	keys      keyfunc.Keyfunc
	verified  *otter.Cache[string, verifiedToken]
}

// claims are the parts of a token the service reads.
type claims struct {
	jwt.RegisteredClaims
	Roles []string `json:"roles"`
}

// verifiedToken is a verified token's claims and until when they may be used without verifying it
// again.
type verifiedToken struct {
	claims claims
	until  time.Time
}

type subjectKey struct{}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "reference:", err)
		os.Exit(1)
	}
}

func run() error {
	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	cfg, err := pgxpool.ParseConfig(os.Getenv("DATABASE_URL"))
	if err != nil {
		return fmt.Errorf("parse database url: %w", err)
	}
	cfg.AfterConnect = func(_ context.Context, conn *pgx.Conn) error {
		conn.TypeMap().RegisterType(&pgtype.Type{
			Name:  "timestamptz",
			OID:   pgtype.TimestamptzOID,
			Codec: &pgtype.TimestamptzCodec{ScanLocation: time.UTC},
		})
		return nil
	}
	pool, err := pgxpool.NewWithConfig(context.Background(), cfg)
	if err != nil {
		return fmt.Errorf("create pool: %w", err)
	}
	defer pool.Close()

	keys, err := keyfunc.NewDefaultCtx(context.Background(), []string{os.Getenv("JWT_JWKS_URL")})
	if err != nil {
		return fmt.Errorf("fetch the JWKS: %w", err)
	}
	claimChecks := []jwt.ParserOption{
		jwt.WithIssuer(os.Getenv("JWT_ISSUER")),
		jwt.WithAudience(os.Getenv("JWT_AUDIENCE")),
		jwt.WithLeeway(60 * time.Second),
		jwt.WithExpirationRequired(),
	}
	s := server{
		pool:      pool,
		parser:    jwt.NewParser(append(claimChecks, jwt.WithValidMethods([]string{"RS256", "ES256"}))...),
		validator: jwt.NewValidator(claimChecks...),
		keys:      keys,
		verified: otter.Must(&otter.Options[string, verifiedToken]{
			MaximumSize:      rememberedTokens,
			ExpiryCalculator: otter.ExpiryCreating[string, verifiedToken](rememberedFor),
		}),
	}
	r := chi.NewRouter()
	r.Use(chimiddleware.RequestID, accessLog(logger))
	r.With(s.authenticated("")).Get("/customers/{id}", s.getCustomer)
	r.With(s.authenticated("admin")).Get("/customers", s.listCustomers)
	r.With(s.authenticated("")).Post("/customers", s.createCustomer)

	addr := os.Getenv("HTTP_ADDR")
	if addr == "" {
		addr = "127.0.0.1:8081"
	}
	srv := &http.Server{
		Addr:              addr,
		Handler:           r,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      35 * time.Second,
		IdleTimeout:       60 * time.Second,
	}
	return srv.ListenAndServe()
}

func accessLog(logger *slog.Logger) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			start := time.Now()
			ww := chimiddleware.NewWrapResponseWriter(w, r.ProtoMajor)
			subject := new(string)
			next.ServeHTTP(ww, r.WithContext(context.WithValue(r.Context(), subjectKey{}, subject)))
			logger.InfoContext(r.Context(), "http request",
				slog.String("method", r.Method),
				slog.String("path", r.URL.Path),
				slog.Int("status", ww.Status()),
				slog.Int("bytes", ww.BytesWritten()),
				slog.Int64("duration_ms", time.Since(start).Milliseconds()),
				slog.String("request_id", chimiddleware.GetReqID(r.Context())),
				slog.String("subject", *subject),
			)
		})
	}
}

// authenticated lets through a request with a valid bearer token that, when role is not empty,
// holds role.
func (s server) authenticated(role string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			token, found := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
			if !found {
				w.Header().Set("WWW-Authenticate", "Bearer")
				problem(w, http.StatusUnauthorized, "A bearer token is required.")
				return
			}
			c, ok := s.verify(token)
			if !ok {
				w.Header().Set("WWW-Authenticate", `Bearer error="invalid_token"`)
				problem(w, http.StatusUnauthorized, "The bearer token is not valid.")
				return
			}
			if subject, ok := r.Context().Value(subjectKey{}).(*string); ok {
				*subject = c.Subject
			}
			if role != "" && !slices.Contains(c.Roles, role) {
				problem(w, http.StatusForbidden, "The token has no role that allows this operation.")
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

// verify checks a token, or only its times when it was verified in the last minute.
func (s server) verify(token string) (claims, bool) {
	now := time.Now()
	if known, ok := s.verified.GetIfPresent(token); ok && now.Before(known.until) {
		if err := s.validator.Validate(&known.claims); err != nil {
			s.verified.Invalidate(token)
			return claims{}, false
		}
		return known.claims, true
	}
	var c claims
	if _, err := s.parser.ParseWithClaims(token, &c, s.keys.Keyfunc); err != nil || c.Subject == "" {
		return claims{}, false
	}
	until := now.Add(rememberedFor)
	if c.ExpiresAt.Before(until) {
		until = c.ExpiresAt.Time
	}
	if until.After(now) {
		s.verified.Set(token, verifiedToken{claims: c, until: until})
	}
	return c, true
}

func scanCustomer(row pgx.CollectableRow) (customer, error) {
	var c customer
	err := row.Scan(&c.ID, &c.Version, &c.CreatedAt, &c.UpdatedAt, &c.Email, &c.Name)
	return c, err
}

func (s server) getCustomer(w http.ResponseWriter, r *http.Request) {
	id, err := uuid.Parse(chi.URLParam(r, "id"))
	if err != nil {
		problem(w, http.StatusBadRequest, "The id is not a valid UUID.")
		return
	}
	rows, _ := s.pool.Query(r.Context(), selectCustomerSQL, id)
	c, err := pgx.CollectExactlyOneRow(rows, scanCustomer)
	if errors.Is(err, pgx.ErrNoRows) {
		problem(w, http.StatusNotFound, "No customer has this id.")
		return
	}
	if err != nil {
		problem(w, http.StatusInternalServerError, "Internal error.")
		return
	}
	w.Header().Set("ETag", `"`+strconv.FormatInt(c.Version, 10)+`"`)
	writeJSON(w, http.StatusOK, c)
}

func (s server) listCustomers(w http.ResponseWriter, r *http.Request) {
	limit := 20
	if v := r.URL.Query().Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 100 {
			problem(w, http.StatusBadRequest, "limit must be between 1 and 100.")
			return
		}
		limit = n
	}
	var after *uuid.UUID
	if v := r.URL.Query().Get("cursor"); v != "" {
		id, err := uuid.Parse(v)
		if err != nil {
			problem(w, http.StatusBadRequest, "The cursor is not valid.")
			return
		}
		after = &id
	}
	rows, _ := s.pool.Query(r.Context(), listCustomersSQL, after, limit+1)
	items, err := pgx.CollectRows(rows, scanCustomer)
	if err != nil {
		problem(w, http.StatusInternalServerError, "Internal error.")
		return
	}
	out := page{Items: items}
	if len(items) > limit {
		out.Items = items[:limit]
		next := items[limit-1].ID.String()
		out.NextCursor = &next
	}
	writeJSON(w, http.StatusOK, out)
}

func (s server) createCustomer(w http.ResponseWriter, r *http.Request) {
	var req createRequest
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		problem(w, http.StatusBadRequest, "The body is not valid JSON.")
		return
	}
	if req.Email == nil || !emailPattern.MatchString(*req.Email) ||
		req.Name == nil || utf8.RuneCountInString(*req.Name) > 120 {
		problem(w, http.StatusBadRequest, "One or more fields are invalid.")
		return
	}
	now := time.Now().UTC().Truncate(time.Microsecond)
	c := customer{ID: uuid.Must(uuid.NewV7()), Version: 1, CreatedAt: now, UpdatedAt: now, Email: *req.Email, Name: *req.Name}
	_, err := s.pool.Exec(r.Context(), insertCustomerSQL, c.ID, c.Version, c.CreatedAt, c.UpdatedAt, c.Email, c.Name)
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "23505" {
		problem(w, http.StatusConflict, "The email is taken.")
		return
	}
	if err != nil {
		problem(w, http.StatusInternalServerError, "Internal error.")
		return
	}
	w.Header().Set("Location", "/customers/"+c.ID.String())
	w.Header().Set("ETag", `"1"`)
	writeJSON(w, http.StatusCreated, c)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func problem(w http.ResponseWriter, status int, detail string) {
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"type": "about:blank", "title": http.StatusText(status), "status": status, "detail": detail,
	})
}

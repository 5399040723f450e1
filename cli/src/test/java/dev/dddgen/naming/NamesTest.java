package dev.dddgen.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {
  @ParameterizedTest(name = "{0} → {1} / {2} / {3} / {4} / {5}")
  @CsvSource({
    // name,      pascal,     camel,      snake,        kebab,        SCREAMING
    "OrderLine,   OrderLine,  orderLine,  order_line,   order-line,   ORDER_LINE",
    "orderLine,   OrderLine,  orderLine,  order_line,   order-line,   ORDER_LINE",
    "HTTPServer,  HttpServer, httpServer, http_server,  http-server,  HTTP_SERVER",
    "userID,      UserId,     userId,     user_id,      user-id,      USER_ID",
    "URL,         Url,        url,        url,          url,          URL",
    "customerId,  CustomerId, customerId, customer_id,  customer-id,  CUSTOMER_ID",
    "Order,       Order,      order,      order,        order,        ORDER",
    "order_line,  OrderLine,  orderLine,  order_line,   order-line,   ORDER_LINE",
    "order-line,  OrderLine,  orderLine,  order_line,   order-line,   ORDER_LINE",
    "Address2Line, Address2Line, address2Line, address2_line, address2-line, ADDRESS2_LINE",
    "parseXMLFile, ParseXmlFile, parseXmlFile, parse_xml_file, parse-xml-file, PARSE_XML_FILE",
    "x,           X,          x,          x,            x,            X",
  })
  void caseStyles(
      String name, String pascal, String camel, String snake, String kebab, String screaming) {
    assertThat(Names.pascal(name)).isEqualTo(pascal);
    assertThat(Names.camel(name)).isEqualTo(camel);
    assertThat(Names.snake(name)).isEqualTo(snake);
    assertThat(Names.kebab(name)).isEqualTo(kebab);
    assertThat(Names.screamingSnake(name)).isEqualTo(screaming);
  }

  @ParameterizedTest
  @CsvSource({
    "OrderLine,  orderline,  order line",
    "HTTPServer, httpserver, http server",
    "Customer,   customer,   customer",
  })
  void flatAndHuman(String name, String flat, String human) {
    assertThat(Names.flat(name)).isEqualTo(flat);
    assertThat(Names.human(name)).isEqualTo(human);
  }

  @ParameterizedTest
  @CsvSource({"order, Order, order", "Order, Order, order", "oRDER, ORDER, oRDER", "'', '', ''"})
  void upperAndLowerFirstKeepTheRest(String word, String upper, String lower) {
    assertThat(Names.upperFirst(word)).isEqualTo(upper);
    assertThat(Names.lowerFirst(word)).isEqualTo(lower);
  }

  @ParameterizedTest
  @CsvSource({
    "OrderLine, 'Order,Line'",
    "HTTPServer, 'HTTP,Server'",
    "a_b-c d, 'a,b,c,d'",
    "ABC, ABC"
  })
  void words(String name, String words) {
    assertThat(Names.words(name)).containsExactly(words.split(","));
  }

  @org.junit.jupiter.api.Test
  void emptyNamesStayEmpty() {
    assertThat(Names.words("")).isEmpty();
    assertThat(Names.pascal("")).isEmpty();
    assertThat(Names.camel("")).isEmpty();
    assertThat(Names.snake("")).isEmpty();
  }
}

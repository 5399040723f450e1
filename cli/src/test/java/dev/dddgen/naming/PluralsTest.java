package dev.dddgen.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PluralsTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "category,    categories",
    "Category,    Categories",
    "address,     addresses",
    "Address,     Addresses",
    "person,      people",
    "Person,      People",
    "OrderLine,   OrderLines",
    "box,         boxes",
    "key,         keys",
    "day,         days",
    "boy,         boys",
    "city,        cities",
    "status,      statuses",
    "bus,         buses",
    "quiz,        quizzes",
    "church,      churches",
    "dish,        dishes",
    "Order,       Orders",
    "Customer,    Customers",
    "Product,     Products",
    "Review,      Reviews",
    "child,       children",
    "leaf,        leaves",
    "index,       indexes",
    "analysis,    analyses",
    "hero,        heroes",
    "photo,       photos",
    "news,        news",
    "Equipment,   Equipment",
    "SalesPerson, SalesPeople",
    "ProductCategory, ProductCategories",
    "DeliveryAddress, DeliveryAddresses",
    "TaxBox,      TaxBoxes",
    "ApiKey,      ApiKeys",
    "HTTPProxy,   HTTPProxies",
    "orderLine,   orderLines",
  })
  void plural(String singular, String plural) {
    assertThat(Plurals.plural(singular)).isEqualTo(plural);
  }

  @ParameterizedTest
  @CsvSource({
    "Persons,        Person",
    "People,         Person",
    "Data,           Datum",
    "Criteria,       Criterion",
    "OrderLines,     OrderLine",
    "Categories,     Category",
    "Boxes,          Box",
    "Statuses,       Status",
    "Warehouses,     Warehouse",
    "Addresses,      Address",
  })
  void aPluralNameHasASingular(String name, String singular) {
    assertThat(Plurals.singularOf(name)).contains(singular);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Person",
        "Status",
        "Address",
        "Analysis",
        "Series",
        "Bus",
        "Canvas",
        "News",
        "Gas",
        "HTTPS",
        "Order",
        "Datum",
        "Criterion",
        "Evidence"
      })
  void aSingularNameHasNone(String name) {
    assertThat(Plurals.singularOf(name)).isEmpty();
  }
}

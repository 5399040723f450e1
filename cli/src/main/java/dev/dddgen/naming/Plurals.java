package dev.dddgen.naming;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** English plurals for ordinary nouns; only the last word of a compound name is inflected. */
public final class Plurals {
  private Plurals() {}

  private static final Map<String, String> IRREGULAR =
      Map.ofEntries(
          Map.entry("person", "people"),
          Map.entry("man", "men"),
          Map.entry("woman", "women"),
          Map.entry("child", "children"),
          Map.entry("tooth", "teeth"),
          Map.entry("foot", "feet"),
          Map.entry("mouse", "mice"),
          Map.entry("goose", "geese"),
          Map.entry("ox", "oxen"),
          Map.entry("leaf", "leaves"),
          Map.entry("life", "lives"),
          Map.entry("knife", "knives"),
          Map.entry("wife", "wives"),
          Map.entry("half", "halves"),
          Map.entry("shelf", "shelves"),
          Map.entry("wolf", "wolves"),
          Map.entry("thief", "thieves"),
          Map.entry("loaf", "loaves"),
          Map.entry("calf", "calves"),
          Map.entry("index", "indexes"),
          Map.entry("matrix", "matrices"),
          Map.entry("vertex", "vertices"),
          Map.entry("criterion", "criteria"),
          Map.entry("phenomenon", "phenomena"),
          Map.entry("analysis", "analyses"),
          Map.entry("basis", "bases"),
          Map.entry("crisis", "crises"),
          Map.entry("thesis", "theses"),
          Map.entry("diagnosis", "diagnoses"),
          Map.entry("datum", "data"),
          Map.entry("medium", "media"),
          Map.entry("quiz", "quizzes"),
          Map.entry("bus", "buses"),
          Map.entry("cactus", "cacti"),
          Map.entry("focus", "foci"),
          Map.entry("fungus", "fungi"),
          Map.entry("syllabus", "syllabi"),
          Map.entry("alumnus", "alumni"),
          Map.entry("hero", "heroes"),
          Map.entry("potato", "potatoes"),
          Map.entry("tomato", "tomatoes"),
          Map.entry("echo", "echoes"),
          Map.entry("veto", "vetoes"));

  private static final Set<String> UNCOUNTABLE =
      Set.of(
          "equipment",
          "information",
          "rice",
          "money",
          "species",
          "series",
          "fish",
          "sheep",
          "deer",
          "news",
          "metadata",
          "feedback",
          "software",
          "hardware",
          "inventory",
          "staff",
          "aircraft",
          "luggage",
          "baggage",
          "furniture",
          "advice",
          "evidence",
          "research");

  /**
   * The plural of a PascalCase or camelCase name, keeping its case: {@code OrderLine} → {@code
   * OrderLines}.
   */
  public static String plural(String name) {
    List<String> words = Names.words(name);
    if (words.isEmpty()) {
      return name;
    }
    String last = words.get(words.size() - 1);
    String prefix = name.substring(0, name.length() - last.length());
    return prefix + matchCase(last, pluralWord(last.toLowerCase(Locale.ROOT)));
  }

  private static final Map<String, String> IRREGULAR_SINGULAR =
      IRREGULAR.entrySet().stream()
          .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));

  /**
   * The singular of a name whose last word reads as a plural ({@code Persons} → {@code Person},
   * {@code Criteria} → {@code Criterion}); empty when it reads as a singular ({@code Status},
   * {@code Address}, {@code Analysis}, {@code Series}, an acronym). English is too irregular to be
   * sure, so this serves a warning, never a rule.
   */
  public static Optional<String> singularOf(String name) {
    List<String> words = Names.words(name);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    String last = words.get(words.size() - 1);
    if (last.length() > 1 && last.equals(last.toUpperCase(Locale.ROOT))) {
      return Optional.empty();
    }
    String prefix = name.substring(0, name.length() - last.length());
    return singularWord(last.toLowerCase(Locale.ROOT))
        .map(singular -> prefix + matchCase(last, singular));
  }

  private static Optional<String> singularWord(String word) {
    String irregular = IRREGULAR_SINGULAR.get(word);
    if (irregular != null) {
      return Optional.of(irregular);
    }
    if (UNCOUNTABLE.contains(word)
        || IRREGULAR.containsKey(word)
        || word.length() <= 3
        || !word.endsWith("s")
        || word.endsWith("ss")
        || word.endsWith("us")
        || word.endsWith("is")
        || word.endsWith("as")) {
      return Optional.empty();
    }
    if (word.endsWith("ies") && !isVowel(word.charAt(word.length() - 4))) {
      return Optional.of(word.substring(0, word.length() - 3) + "y");
    }
    if (word.matches(".*[tnrpb]uses") // statuses, bonuses, viruses, campuses; not warehouses
        || word.endsWith("sses")
        || word.endsWith("xes")
        || word.endsWith("zzes")
        || word.endsWith("ches")
        || word.endsWith("shes")) {
      return Optional.of(word.substring(0, word.length() - 2));
    }
    return Optional.of(word.substring(0, word.length() - 1));
  }

  static String pluralWord(String word) {
    if (UNCOUNTABLE.contains(word)) {
      return word;
    }
    String irregular = IRREGULAR.get(word);
    if (irregular != null) {
      return irregular;
    }
    if (word.endsWith("s")
        || word.endsWith("x")
        || word.endsWith("z")
        || word.endsWith("ch")
        || word.endsWith("sh")) {
      return word + "es";
    }
    if (word.length() > 1 && word.endsWith("y") && !isVowel(word.charAt(word.length() - 2))) {
      return word.substring(0, word.length() - 1) + "ies";
    }
    return word + "s";
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }

  private static String matchCase(String original, String plural) {
    if (original.equals(original.toUpperCase(Locale.ROOT)) && original.length() > 1) {
      // an acronym: URL → URLs, BOX → BOXes would read wrong, so only the suffix is lower case
      return original + plural.substring(original.length()).toLowerCase(Locale.ROOT);
    }
    if (Character.isUpperCase(original.charAt(0))) {
      return Names.upperFirst(plural);
    }
    return plural;
  }
}

package dev.dddgen.naming;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

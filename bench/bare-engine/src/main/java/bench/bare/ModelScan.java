package bench.bare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads the app's BPMN files and finds what a bare engine must provide to run them:
 * <ul>
 *   <li>every bean named in a {@code camunda:delegateExpression} (service tasks, task and execution listeners),</li>
 *   <li>every other expression root used with a property ({@code ${complaintSettings.surveyDelay}}), with the kind
 *       of value its context needs (a date for {@code timeDate}/{@code dueDate}/{@code followUpDate}, an ISO
 *       duration for {@code timeDuration}, a cycle for {@code timeCycle}),</li>
 *   <li>every plain variable the expressions read ({@code ${levelDueAt}}, {@code ${outcome == 'RESOLVED'}}).</li>
 * </ul>
 * Nothing here knows the complaint models: renamed beans and new settings keep working.
 */
final class ModelScan {

  enum Kind { DATE, DURATION, CYCLE, VALUE }

  record Result(List<Path> bpmnFiles, Set<String> delegateBeans, Map<String, Map<String, Kind>> expressionRoots,
      Set<String> variables) {}

  /** Names the engine resolves itself, EL keywords and literals. */
  private static final Set<String> BUILT_IN = Set.of("execution", "task", "caseExecution", "variableScope",
      "authenticatedUserId", "true", "false", "null", "empty", "not", "and", "or", "eq", "ne", "lt", "gt", "le", "ge",
      "div", "mod", "instanceof");

  private static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");

  private ModelScan() {}

  static Result scan(Path modelsDir) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(modelsDir)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".bpmn")).sorted().toList();
    }
    Set<String> delegates = new TreeSet<>();
    Map<String, Map<String, Kind>> roots = new TreeMap<>();
    Set<String> variables = new TreeSet<>();
    for (Path file : files) {
      Element root;
      try {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        root = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
      } catch (Exception e) {
        throw new IOException("Cannot parse " + file + ": " + e.getMessage(), e);
      }
      walk(root, delegates, roots, variables);
    }
    variables.removeAll(delegates);
    variables.removeAll(roots.keySet());
    return new Result(files, delegates, roots, variables);
  }

  private static void walk(Element element, Set<String> delegates, Map<String, Map<String, Kind>> roots,
      Set<String> variables) {
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      String name = attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getName();
      Kind kind = switch (name) {
        case "dueDate", "followUpDate" -> Kind.DATE;
        default -> Kind.VALUE;
      };
      collect(attribute.getValue(), kind, "delegateExpression".equals(name), delegates, roots, variables);
    }
    String localName = element.getLocalName() != null ? element.getLocalName() : element.getTagName();
    Kind textKind = switch (localName) {
      case "timeDate" -> Kind.DATE;
      case "timeDuration" -> Kind.DURATION;
      case "timeCycle" -> Kind.CYCLE;
      default -> Kind.VALUE;
    };
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node child = children.item(i);
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        collect(child.getNodeValue(), textKind, false, delegates, roots, variables);
      } else if (child instanceof Element e) {
        walk(e, delegates, roots, variables);
      }
    }
  }

  private static void collect(String text, Kind kind, boolean delegateExpression, Set<String> delegates,
      Map<String, Map<String, Kind>> roots, Set<String> variables) {
    if (text == null) {
      return;
    }
    for (String body : expressions(text)) {
      String plain = STRING_LITERAL.matcher(body).replaceAll("''");
      if (delegateExpression && IDENTIFIER.matcher(plain.trim()).matches()) {
        delegates.add(plain.trim());
        continue;
      }
      Matcher m = IDENTIFIER.matcher(plain);
      while (m.find()) {
        String id = m.group();
        int before = m.start() - 1;
        while (before >= 0 && Character.isWhitespace(plain.charAt(before))) {
          before--;
        }
        if (before >= 0 && plain.charAt(before) == '.' || Character.isDigit(id.charAt(0)) || BUILT_IN.contains(id)) {
          continue; // a property of something else, a number or a built-in
        }
        int after = m.end();
        while (after < plain.length() && Character.isWhitespace(plain.charAt(after))) {
          after++;
        }
        if (after < plain.length() && plain.charAt(after) == '(') {
          continue; // a function such as dateTime()
        }
        if (after < plain.length() && plain.charAt(after) == '.') {
          Matcher property = IDENTIFIER.matcher(plain);
          int start = after + 1;
          while (start < plain.length() && Character.isWhitespace(plain.charAt(start))) {
            start++;
          }
          if (property.find(start) && property.start() == start) {
            roots.computeIfAbsent(id, k -> new TreeMap<>()).merge(property.group(), kind,
                (a, b) -> a == Kind.VALUE ? b : a);
          }
        } else {
          variables.add(id);
        }
      }
    }
  }

  /** The bodies of every {@code ${...}} and {@code #{...}} in a text, strings and nested braces respected. */
  static List<String> expressions(String text) {
    List<String> found = new ArrayList<>();
    for (int i = 0; i + 1 < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '$' || c == '#') && text.charAt(i + 1) == '{') {
        int depth = 0;
        char quote = 0;
        for (int j = i + 1; j < text.length(); j++) {
          char d = text.charAt(j);
          if (quote != 0) {
            if (d == '\\') {
              j++;
            } else if (d == quote) {
              quote = 0;
            }
          } else if (d == '\'' || d == '"') {
            quote = d;
          } else if (d == '{') {
            depth++;
          } else if (d == '}' && --depth == 0) {
            found.add(text.substring(i + 2, j));
            i = j;
            break;
          }
        }
      }
    }
    return found;
  }
}

package com.complaintdesk.letters;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The plain-text alternative of a letter, read off its HTML: paragraphs apart by a blank line, list items as
 * "- ", a link as its text followed by its address.
 */
final class PlainText {

  private PlainText() {}

  static String of(String html) {
    StringBuilder out = new StringBuilder();
    Element body = Jsoup.parse(html).body();
    body.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
          String words = text.text().replaceAll("\\s+", " ");
          if (out.isEmpty() || out.charAt(out.length() - 1) == '\n') {
            words = words.stripLeading();
          }
          out.append(words);
        } else if (node instanceof Element e) {
          switch (e.normalName()) {
            case "br" -> out.append('\n');
            case "li" -> newLine(out).append("- ");
            case "p", "div", "ul", "blockquote", "h1", "h2", "h3" -> newLine(out);
            default -> { }
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e) {
          switch (e.normalName()) {
            case "a" -> {
              String href = e.attr("href");
              if (!href.isBlank() && !href.equals(e.text().strip())) {
                out.append(" (").append(href).append(')');
              }
            }
            case "p", "ul", "blockquote", "h1", "h2", "h3" -> paragraph(out);
            default -> { }
          }
        }
      }
    });
    return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
  }

  private static StringBuilder newLine(StringBuilder out) {
    if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
    return out;
  }

  private static void paragraph(StringBuilder out) {
    newLine(out);
    if (!out.isEmpty() && !out.toString().endsWith("\n\n")) {
      out.append('\n');
    }
  }
}

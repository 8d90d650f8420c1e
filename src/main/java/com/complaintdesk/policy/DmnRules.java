package com.complaintdesk.policy;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Tables speak FEEL only. A table in JUEL or a script language could call methods on any object inside the
 * engine (the engine evaluates it with no authorization check); FEEL cannot.
 */
final class DmnRules {

  private DmnRules() {}

  static List<Violation> expressionLanguages(String file, byte[] xml) {
    List<Violation> violations = new ArrayList<>();
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      walk(file, factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement(), violations);
    } catch (Exception e) {
      violations.add(new Violation(file, null, "is not a DMN table Camunda can read: " + e.getMessage()));
    }
    return violations;
  }

  private static void walk(String file, Element element, List<Violation> violations) {
    String language = element.getAttribute("expressionLanguage");
    if (!language.isEmpty() && !language.toLowerCase(Locale.ROOT).contains("feel")) {
      violations.add(new Violation(file, element.hasAttribute("id") ? element.getAttribute("id")
          : element.getLocalName(), "expression language '" + language + "' is not allowed; tables use FEEL"));
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        walk(file, e, violations);
      }
    }
  }
}

package com.complaintdesk.policy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What a reader of a BPMN diagram trips over, counted from its DI (the coordinates Modeler saves): points where
 * two flows cross, flows drawn on one line, and labels that overlap another label or a shape.
 */
record DiagramLayout(List<String> crossings, List<String> sharedLines, List<String> labelOverlaps) {

  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
  private static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
  private static final String DI = "http://www.omg.org/spec/DD/20100524/DI";
  /** shapes that contain others: a label inside them covers nothing */
  private static final Set<String> CONTAINERS = Set.of("subProcess", "participant", "lane", "group", "transaction");
  /** two segments on one line closer than this, over more than {@link #SHARED_LENGTH}, read as one line */
  private static final double SAME_LINE = 3;
  private static final double SHARED_LENGTH = 8;

  record Point(double x, double y) {}

  record Box(double x, double y, double w, double h) {
    boolean overlaps(Box o) {
      return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
    }
  }

  private record Edge(String id, List<Point> points) {}

  private record Shape(String id, String type, Box box, boolean container) {}

  private record Label(String owner, Box box) {}

  static DiagramLayout of(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return of(factory.newDocumentBuilder().parse(in));
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(file + " is not readable XML", e);
    }
  }

  private static DiagramLayout of(Document doc) {
    Map<String, String> types = new HashMap<>();
    Map<String, String> attachedTo = new HashMap<>();
    NodeList all = doc.getElementsByTagNameNS(BPMN, "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (!e.getAttribute("id").isEmpty()) {
        types.put(e.getAttribute("id"), e.getLocalName());
      }
      if (!e.getAttribute("attachedToRef").isEmpty()) {
        attachedTo.put(e.getAttribute("id"), e.getAttribute("attachedToRef"));
      }
    }
    List<Edge> edges = new ArrayList<>();
    List<Shape> shapes = new ArrayList<>();
    List<Label> labels = new ArrayList<>();
    NodeList edgeNodes = doc.getElementsByTagNameNS(BPMNDI, "BPMNEdge");
    for (int i = 0; i < edgeNodes.getLength(); i++) {
      Element edge = (Element) edgeNodes.item(i);
      String id = edge.getAttribute("bpmnElement");
      List<Point> points = new ArrayList<>();
      NodeList waypoints = edge.getElementsByTagNameNS(DI, "waypoint");
      for (int j = 0; j < waypoints.getLength(); j++) {
        Element w = (Element) waypoints.item(j);
        points.add(new Point(Double.parseDouble(w.getAttribute("x")), Double.parseDouble(w.getAttribute("y"))));
      }
      edges.add(new Edge(id, points));
      label(edge, id).ifPresent(labels::add);
    }
    NodeList shapeNodes = doc.getElementsByTagNameNS(BPMNDI, "BPMNShape");
    for (int i = 0; i < shapeNodes.getLength(); i++) {
      Element shape = (Element) shapeNodes.item(i);
      String id = shape.getAttribute("bpmnElement");
      String type = types.getOrDefault(id, "");
      boolean container = CONTAINERS.contains(type) && !"false".equals(shape.getAttribute("isExpanded"));
      Element bounds = child(shape, DC, "Bounds");
      shapes.add(new Shape(id, type, box(bounds), container));
      label(shape, id).ifPresent(labels::add);
    }
    return new DiagramLayout(crossings(edges), sharedLines(edges), labelOverlaps(labels, shapes, attachedTo));
  }

  private static List<String> crossings(List<Edge> edges) {
    List<String> found = new ArrayList<>();
    for (int a = 0; a < edges.size(); a++) {
      for (int b = a + 1; b < edges.size(); b++) {
        for (Point p : crossingPoints(edges.get(a), edges.get(b))) {
          found.add(edges.get(a).id() + " × " + edges.get(b).id() + " at " + Math.round(p.x()) + "," + Math.round(p.y()));
        }
      }
    }
    return found;
  }

  /** Points where the insides of two segments cross; where flows merge at a shared end point is no crossing. */
  private static List<Point> crossingPoints(Edge a, Edge b) {
    List<Point> points = new ArrayList<>();
    for (int i = 0; i + 1 < a.points().size(); i++) {
      for (int j = 0; j + 1 < b.points().size(); j++) {
        Point p = properIntersection(a.points().get(i), a.points().get(i + 1), b.points().get(j), b.points().get(j + 1));
        if (p != null) {
          points.add(p);
        }
      }
    }
    return points;
  }

  private static Point properIntersection(Point p1, Point p2, Point p3, Point p4) {
    double d = (p2.x() - p1.x()) * (p4.y() - p3.y()) - (p2.y() - p1.y()) * (p4.x() - p3.x());
    if (Math.abs(d) < 1e-9) {
      return null;
    }
    double t = ((p3.x() - p1.x()) * (p4.y() - p3.y()) - (p3.y() - p1.y()) * (p4.x() - p3.x())) / d;
    double u = ((p3.x() - p1.x()) * (p2.y() - p1.y()) - (p3.y() - p1.y()) * (p2.x() - p1.x())) / d;
    double eps = 1e-6;
    if (t <= eps || t >= 1 - eps || u <= eps || u >= 1 - eps) {
      return null;
    }
    return new Point(p1.x() + t * (p2.x() - p1.x()), p1.y() + t * (p2.y() - p1.y()));
  }

  private static List<String> sharedLines(List<Edge> edges) {
    List<String> found = new ArrayList<>();
    for (int a = 0; a < edges.size(); a++) {
      for (int b = a + 1; b < edges.size(); b++) {
        double shared = sharedLength(edges.get(a), edges.get(b));
        if (shared > SHARED_LENGTH) {
          found.add(edges.get(a).id() + " and " + edges.get(b).id() + " share " + Math.round(shared) + " px");
        }
      }
    }
    return found;
  }

  /** Length over which horizontal or vertical segments of two flows lie on one line. */
  private static double sharedLength(Edge a, Edge b) {
    double total = 0;
    for (int i = 0; i + 1 < a.points().size(); i++) {
      Point a1 = a.points().get(i);
      Point a2 = a.points().get(i + 1);
      for (int j = 0; j + 1 < b.points().size(); j++) {
        Point b1 = b.points().get(j);
        Point b2 = b.points().get(j + 1);
        if (horizontal(a1, a2) && horizontal(b1, b2) && Math.abs(a1.y() - b1.y()) < SAME_LINE) {
          total += overlap(a1.x(), a2.x(), b1.x(), b2.x());
        } else if (vertical(a1, a2) && vertical(b1, b2) && Math.abs(a1.x() - b1.x()) < SAME_LINE) {
          total += overlap(a1.y(), a2.y(), b1.y(), b2.y());
        }
      }
    }
    return total;
  }

  private static boolean horizontal(Point p, Point q) {
    return Math.abs(p.y() - q.y()) < 0.5 && Math.abs(p.x() - q.x()) > 0.5;
  }

  private static boolean vertical(Point p, Point q) {
    return Math.abs(p.x() - q.x()) < 0.5 && Math.abs(p.y() - q.y()) > 0.5;
  }

  private static double overlap(double a1, double a2, double b1, double b2) {
    return Math.max(0, Math.min(Math.max(a1, a2), Math.max(b1, b2)) - Math.max(Math.min(a1, a2), Math.min(b1, b2)));
  }

  private static List<String> labelOverlaps(List<Label> labels, List<Shape> shapes, Map<String, String> attachedTo) {
    List<String> found = new ArrayList<>();
    for (int a = 0; a < labels.size(); a++) {
      for (int b = a + 1; b < labels.size(); b++) {
        if (labels.get(a).box().overlaps(labels.get(b).box())) {
          found.add("label of " + labels.get(a).owner() + " overlaps label of " + labels.get(b).owner());
        }
      }
      Label label = labels.get(a);
      for (Shape shape : shapes) {
        boolean own = shape.id().equals(label.owner()) || shape.id().equals(attachedTo.get(label.owner()));
        if (!own && !shape.container() && label.box().overlaps(shape.box())) {
          found.add("label of " + label.owner() + " overlaps " + shape.id());
        }
      }
    }
    return found;
  }

  private static java.util.Optional<Label> label(Element diagramElement, String owner) {
    Element label = child(diagramElement, BPMNDI, "BPMNLabel");
    Element bounds = label == null ? null : child(label, DC, "Bounds");
    return bounds == null ? java.util.Optional.empty() : java.util.Optional.of(new Label(owner, box(bounds)));
  }

  private static Element child(Element parent, String namespace, String name) {
    NodeList children = parent.getElementsByTagNameNS(namespace, name);
    return children.getLength() == 0 ? null : (Element) children.item(0);
  }

  private static Box box(Element bounds) {
    return new Box(Double.parseDouble(bounds.getAttribute("x")), Double.parseDouble(bounds.getAttribute("y")),
        Double.parseDouble(bounds.getAttribute("width")), Double.parseDouble(bounds.getAttribute("height")));
  }
}

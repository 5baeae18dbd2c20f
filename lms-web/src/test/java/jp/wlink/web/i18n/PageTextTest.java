package jp.wlink.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/** Fails on any word written straight into a page instead of coming from the bundles. */
class PageTextTest {
  private static final Pattern EXPRESSION = Pattern.compile("#\\{[^}]*}");
  private static final Pattern WORD = Pattern.compile("[\\p{L}]");
  private static final Set<String> TEXT_ATTRIBUTES =
      Set.of(
          "value",
          "title",
          "alt",
          "placeholder",
          "label",
          "aria-label",
          "itemLabel",
          "header",
          "requiredMessage",
          "validatorMessage",
          "converterMessage",
          "summary",
          "emptyMessage",
          "promptLabel",
          "weakLabel",
          "goodLabel",
          "strongLabel",
          "yesButtonLabel",
          "noButtonLabel",
          "message",
          "currentPageReportTemplate",
          "noSelectionLabel");
  private static final Set<String> VALUE_IS_DATA =
      Set.of("f:param", "f:viewParam", "f:attribute", "ui:param");

  @Test
  void pagesContainNoHardCodedText() throws Exception {
    List<String> findings = new ArrayList<>();
    for (Path page : pages()) {
      Document document = parse(page);
      collect(document.getDocumentElement(), page, findings);
    }
    assertThat(findings).as("hard-coded text in pages").isEmpty();
  }

  @Test
  void findsHardCodedTextWhenThereIsSome() throws Exception {
    Path page = Files.createTempFile("sample", ".xhtml");
    Files.writeString(
        page,
        "<div xmlns:p=\"p\"><p:commandButton value=\"保存\"/><span>#{msg['a']}</span>"
            + "<p>Hello</p></div>");
    List<String> findings = new ArrayList<>();

    collect(parse(page).getDocumentElement(), page, findings);

    assertThat(findings).hasSize(2);
  }

  private static void collect(Element element, Path page, List<String> findings) {
    checkAttributes(element, page, findings);
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE && isWords(child.getNodeValue())) {
        findings.add(page + ": text '" + child.getNodeValue().strip() + "'");
      } else if (child instanceof Element nested) {
        collect(nested, page, findings);
      }
    }
  }

  private static void checkAttributes(Element element, Path page, List<String> findings) {
    if (VALUE_IS_DATA.contains(element.getTagName()) || isDataInput(element)) {
      return;
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Node attribute = attributes.item(i);
      if (TEXT_ATTRIBUTES.contains(attribute.getNodeName()) && isWords(attribute.getNodeValue())) {
        findings.add(
            page
                + ": "
                + element.getTagName()
                + " "
                + attribute.getNodeName()
                + "='"
                + attribute.getNodeValue()
                + "'");
      }
    }
  }

  /** A radio button's or check box's value is what the form sends, not what a person reads. */
  private static boolean isDataInput(Element element) {
    return element.getTagName().equals("input")
        && Set.of("radio", "checkbox", "hidden").contains(element.getAttribute("type"));
  }

  private static boolean isWords(String text) {
    return WORD.matcher(EXPRESSION.matcher(text).replaceAll("")).find();
  }

  private static Document parse(Path page) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory.newDocumentBuilder().parse(page.toFile());
  }

  private static List<Path> pages() throws IOException {
    try (Stream<Path> walk = Files.walk(Path.of("src/main/webapp"))) {
      return walk.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
    }
  }
}

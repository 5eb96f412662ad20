package lectern.pptx.xml;

import static org.assertj.core.api.Assertions.assertThat;

import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.Test;

/** The edits POI's typed API cannot make, each as XML before and after. */
class ElementsTest {
    private static final String NS = "urn:test";

    private static XmlObject parse(String xml) throws XmlException {
        return XmlObject.Factory.parse(xml);
    }

    private static XmlObject root(XmlObject doc) {
        return doc.selectPath("*")[0];
    }

    /** The XML without namespace declarations and prefixes, which XMLBeans writes as it pleases. */
    private static String plain(XmlObject doc) {
        return doc.xmlText().replaceAll(" xmlns(:\\w+)?=\"[^\"]*\"", "").replaceAll("<(/?)\\w+:", "<$1");
    }

    @Test
    void anElementIsPrependedBeforeAnyChildWithItsAttributes() throws XmlException {
        XmlObject doc = parse("<r xmlns='urn:test'><ext/></r>");
        Elements.prepend(root(doc), new QName(NS, "lum", "t"), "bright", "-12000");
        assertThat(plain(doc)).isEqualTo("<r><lum bright=\"-12000\"/><ext/></r>");
    }

    @Test
    void nestedElementsAreWrittenInsideAChildMadeWhereThereIsNone() throws XmlException {
        XmlObject doc = parse("<r xmlns='urn:test'><a/></r>");
        try (Elements.Writer at = Elements.appendTo(root(doc), new QName(NS, "list", "t"))) {
            at.open(new QName(NS, "item", "t"), "id", "1").end().open(new QName(NS, "item", "t"), "id", "2").end();
        }
        assertThat(plain(doc)).isEqualTo("<r><a/><list><item id=\"1\"/><item id=\"2\"/></list></r>");
    }

    @Test
    void aShapeMovesInTheDrawingOrderAndIdsAreCountedOverEveryShape() throws XmlException {
        XmlObject doc = parse("<tree xmlns='urn:test'><nv/><pr/><sp><nv><c id='2'/></nv></sp>"
                + "<pic><nv><c id='7'/></nv></pic></tree>");
        XmlObject tree = root(doc);
        Elements.moveInDrawingOrder(tree, tree.selectPath("declare namespace t='urn:test' ./t:pic")[0], 0);
        assertThat(plain(doc)).matches("(?s).*<pr/><pic>.*</pic><sp>.*");
        assertThat(Elements.largestShapeId(tree)).isEqualTo(7);
    }

    @Test
    void anAttributeIsRemovedWhereItIsAndNothingHappensWhereItIsNot() throws XmlException {
        XmlObject doc = parse("<r xmlns='urn:test' orient='vert'/>");
        Elements.removeAttribute(root(doc), "orient");
        Elements.removeAttribute(root(doc), "orient");
        Elements.removeAttribute(null, "orient");
        assertThat(doc.xmlText()).doesNotContain("orient");
    }
    @Test
    void anExtensionIsRemovedByItsUriAndAnEmptyListWithIt() throws XmlException {
        XmlObject doc = parse("<r xmlns='urn:test'><a/><extLst>\n  <ext uri='{S}'><x/></ext>\n  <ext uri='{K}'/>"
                + "\n  <ext uri='{S}'/>\n</extLst></r>");
        Elements.removeExtension(root(doc), "{S}");
        assertThat(plain(doc).replaceAll(">\\s+<", "><")).isEqualTo("<r><a/><extLst><ext uri=\"{K}\"/></extLst></r>");
        Elements.removeExtension(root(doc), "{K}");
        assertThat(plain(doc)).isEqualTo("<r><a/></r>");
        Elements.removeExtension(root(doc), "{K}");
        assertThat(plain(doc)).isEqualTo("<r><a/></r>");
    }

    @Test
    void paragraphsAreReadInOrderWithTheirRunsFieldsAndBreaksAndTypefacesWhereverTheyAre() throws XmlException {
        XmlObject doc = parse("<sp xmlns:a='http://schemas.openxmlformats.org/drawingml/2006/main'><a:p><a:pPr>"
                + "<a:buFont typeface='Arial'/></a:pPr><a:r><a:rPr><a:latin typeface='+mj-lt'/></a:rPr><a:t>Hello</a:t></a:r>"
                + "<a:r><a:t>, world.</a:t></a:r><a:br/><a:fld id='{F}' type='slidenum'><a:t>3</a:t></a:fld>"
                + "<a:endParaRPr/></a:p><tbl><a:p><a:r><a:t>In a cell</a:t></a:r></a:p><a:p/></tbl></sp>");
        assertThat(Elements.paragraphs(root(doc))).containsExactly("Hello, world.\n3", "In a cell", "");
        assertThat(Elements.typefaces(root(doc))).containsExactly("+mj-lt", "Arial");
    }

    @Test
    void anAttributeIsSetWhetherOrNotTheElementHasIt() throws XmlException {
        XmlObject doc = parse("<r xmlns='urn:test' size='2'/>");
        Elements.setAttribute(root(doc), "baseType", "variant");
        Elements.setAttribute(root(doc), "size", "6");
        assertThat(plain(doc)).isEqualTo("<r size=\"6\" baseType=\"variant\"/>");
    }
}

package lectern.read;

/** One block of an essay, in the order the author wrote it. Every block knows its line in the source. */
public sealed interface Block permits Paragraph, Subheading, ListBlock, Quote, Image, CodeBlock, Table,
        ThematicBreak, Div {
    /** 1-based line of the block's first character in the essay file. */
    int line();
}

package lectern.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.swing.text.Segment;
import org.fife.ui.rsyntaxtextarea.SyntaxConstants;
import org.fife.ui.rsyntaxtextarea.Token;
import org.fife.ui.rsyntaxtextarea.TokenMaker;
import org.fife.ui.rsyntaxtextarea.TokenMakerFactory;
import org.fife.ui.rsyntaxtextarea.TokenTypes;

/**
 * Splits code into the tokens a reader tells apart by colour: keywords, strings, numbers, names and comments.
 * RSyntaxTextArea's token makers do the reading (only them: none of its editor is used, so no display is
 * needed); a fence's tag says the language, and code in a language it does not know, or output, stays plain.
 */
public final class Syntax {
    /** Fence tags as authors write them, to the token maker that reads the language. */
    private static final Map<String, String> STYLES = Map.ofEntries(
            Map.entry("bash", SyntaxConstants.SYNTAX_STYLE_UNIX_SHELL),
            Map.entry("sh", SyntaxConstants.SYNTAX_STYLE_UNIX_SHELL),
            Map.entry("shell", SyntaxConstants.SYNTAX_STYLE_UNIX_SHELL),
            Map.entry("zsh", SyntaxConstants.SYNTAX_STYLE_UNIX_SHELL),
            Map.entry("console", SyntaxConstants.SYNTAX_STYLE_UNIX_SHELL),
            Map.entry("shell-session", SyntaxConstants.SYNTAX_STYLE_UNIX_SHELL),
            Map.entry("python", SyntaxConstants.SYNTAX_STYLE_PYTHON),
            Map.entry("py", SyntaxConstants.SYNTAX_STYLE_PYTHON),
            Map.entry("python3", SyntaxConstants.SYNTAX_STYLE_PYTHON),
            Map.entry("java", SyntaxConstants.SYNTAX_STYLE_JAVA),
            Map.entry("kotlin", SyntaxConstants.SYNTAX_STYLE_KOTLIN),
            Map.entry("scala", SyntaxConstants.SYNTAX_STYLE_SCALA),
            Map.entry("groovy", SyntaxConstants.SYNTAX_STYLE_GROOVY),
            Map.entry("c", SyntaxConstants.SYNTAX_STYLE_C),
            Map.entry("h", SyntaxConstants.SYNTAX_STYLE_C),
            Map.entry("cpp", SyntaxConstants.SYNTAX_STYLE_CPLUSPLUS),
            Map.entry("c++", SyntaxConstants.SYNTAX_STYLE_CPLUSPLUS),
            Map.entry("cc", SyntaxConstants.SYNTAX_STYLE_CPLUSPLUS),
            Map.entry("hpp", SyntaxConstants.SYNTAX_STYLE_CPLUSPLUS),
            Map.entry("cs", SyntaxConstants.SYNTAX_STYLE_CSHARP),
            Map.entry("csharp", SyntaxConstants.SYNTAX_STYLE_CSHARP),
            Map.entry("go", SyntaxConstants.SYNTAX_STYLE_GO),
            Map.entry("golang", SyntaxConstants.SYNTAX_STYLE_GO),
            Map.entry("rust", SyntaxConstants.SYNTAX_STYLE_RUST),
            Map.entry("rs", SyntaxConstants.SYNTAX_STYLE_RUST),
            Map.entry("js", SyntaxConstants.SYNTAX_STYLE_JAVASCRIPT),
            Map.entry("javascript", SyntaxConstants.SYNTAX_STYLE_JAVASCRIPT),
            Map.entry("jsx", SyntaxConstants.SYNTAX_STYLE_JAVASCRIPT),
            Map.entry("ts", SyntaxConstants.SYNTAX_STYLE_TYPESCRIPT),
            Map.entry("typescript", SyntaxConstants.SYNTAX_STYLE_TYPESCRIPT),
            Map.entry("json", SyntaxConstants.SYNTAX_STYLE_JSON),
            Map.entry("jsonc", SyntaxConstants.SYNTAX_STYLE_JSON_WITH_COMMENTS),
            Map.entry("yaml", SyntaxConstants.SYNTAX_STYLE_YAML),
            Map.entry("yml", SyntaxConstants.SYNTAX_STYLE_YAML),
            Map.entry("toml", SyntaxConstants.SYNTAX_STYLE_INI),
            Map.entry("ini", SyntaxConstants.SYNTAX_STYLE_INI),
            Map.entry("properties", SyntaxConstants.SYNTAX_STYLE_PROPERTIES_FILE),
            Map.entry("xml", SyntaxConstants.SYNTAX_STYLE_XML),
            Map.entry("svg", SyntaxConstants.SYNTAX_STYLE_XML),
            Map.entry("html", SyntaxConstants.SYNTAX_STYLE_HTML),
            Map.entry("css", SyntaxConstants.SYNTAX_STYLE_CSS),
            Map.entry("less", SyntaxConstants.SYNTAX_STYLE_LESS),
            Map.entry("sql", SyntaxConstants.SYNTAX_STYLE_SQL),
            Map.entry("ruby", SyntaxConstants.SYNTAX_STYLE_RUBY),
            Map.entry("rb", SyntaxConstants.SYNTAX_STYLE_RUBY),
            Map.entry("php", SyntaxConstants.SYNTAX_STYLE_PHP),
            Map.entry("perl", SyntaxConstants.SYNTAX_STYLE_PERL),
            Map.entry("lua", SyntaxConstants.SYNTAX_STYLE_LUA),
            Map.entry("dart", SyntaxConstants.SYNTAX_STYLE_DART),
            Map.entry("d", SyntaxConstants.SYNTAX_STYLE_D),
            Map.entry("clojure", SyntaxConstants.SYNTAX_STYLE_CLOJURE),
            Map.entry("lisp", SyntaxConstants.SYNTAX_STYLE_LISP),
            Map.entry("tcl", SyntaxConstants.SYNTAX_STYLE_TCL),
            Map.entry("bat", SyntaxConstants.SYNTAX_STYLE_WINDOWS_BATCH),
            Map.entry("cmd", SyntaxConstants.SYNTAX_STYLE_WINDOWS_BATCH),
            Map.entry("dockerfile", SyntaxConstants.SYNTAX_STYLE_DOCKERFILE),
            Map.entry("docker", SyntaxConstants.SYNTAX_STYLE_DOCKERFILE),
            Map.entry("makefile", SyntaxConstants.SYNTAX_STYLE_MAKEFILE),
            Map.entry("make", SyntaxConstants.SYNTAX_STYLE_MAKEFILE),
            Map.entry("latex", SyntaxConstants.SYNTAX_STYLE_LATEX),
            Map.entry("tex", SyntaxConstants.SYNTAX_STYLE_LATEX),
            Map.entry("markdown", SyntaxConstants.SYNTAX_STYLE_MARKDOWN),
            Map.entry("md", SyntaxConstants.SYNTAX_STYLE_MARKDOWN),
            Map.entry("proto", SyntaxConstants.SYNTAX_STYLE_PROTO),
            Map.entry("fortran", SyntaxConstants.SYNTAX_STYLE_FORTRAN),
            Map.entry("vb", SyntaxConstants.SYNTAX_STYLE_VISUAL_BASIC),
            Map.entry("pascal", SyntaxConstants.SYNTAX_STYLE_DELPHI),
            Map.entry("delphi", SyntaxConstants.SYNTAX_STYLE_DELPHI));

    /** What a token is, as far as its colour goes. */
    public enum Role { PLAIN, KEYWORD, STRING, NUMBER, NAME, COMMENT }

    /** Some characters of a line, and what they are. */
    public record Token(String text, Role role) {
    }

    private final Optional<String> style;

    private Syntax(Optional<String> style) {
        this.style = style;
    }

    /**
     * How code tagged {@code language} is read: the tag's first word, in any case ({@code {.python}} and
     * {@code python title="x"} as {@code python}); plain for a language it does not know.
     */
    public static Syntax of(String language) {
        String tag = language.strip().replaceFirst("^\\{?\\.?", "").split("[\\s,{}]+", 2)[0].toLowerCase(Locale.ROOT);
        return new Syntax(Optional.ofNullable(STYLES.get(tag)));
    }

    /**
     * Each line as tokens, which together are the line; a comment or string that runs over lines is carried on.
     * Plain for a language not coloured.
     */
    public List<List<Token>> tokens(List<String> lines) {
        List<List<Token>> all = new ArrayList<>();
        if (style.isEmpty()) {
            lines.forEach(line -> all.add(List.of(new Token(line, Role.PLAIN))));
            return all;
        }
        TokenMaker maker = TokenMakerFactory.getDefaultInstance().getTokenMaker(style.get());
        int carried = TokenTypes.NULL;
        for (String line : lines) {
            List<Token> tokens = new ArrayList<>();
            char[] chars = line.toCharArray();
            org.fife.ui.rsyntaxtextarea.Token first = maker.getTokenList(new Segment(chars, 0, chars.length), carried, 0);
            int at = 0;
            for (org.fife.ui.rsyntaxtextarea.Token t = first; t != null && t.isPaintable(); t = t.getNextToken()) {
                String text = t.getLexeme();
                tokens.add(new Token(text, role(t.getType())));
                at += text.length();
            }
            // What the token maker did not hand back (nothing, for the languages tried) stays, plain.
            if (at < line.length()) {
                tokens.add(new Token(line.substring(at), Role.PLAIN));
            }
            all.add(merged(tokens));
            carried = maker.getLastTokenTypeOnLine(new Segment(chars, 0, chars.length), carried);
        }
        return all;
    }

    /** Neighbouring tokens of one role as one, so a line is a few runs rather than one per word. */
    private static List<Token> merged(List<Token> tokens) {
        List<Token> merged = new ArrayList<>();
        for (Token token : tokens) {
            Token last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            boolean blank = token.text().isBlank();
            if (last != null && (last.role() == token.role() || blank)) {
                merged.set(merged.size() - 1, new Token(last.text() + token.text(), last.role()));
            } else {
                merged.add(blank ? new Token(token.text(), Role.PLAIN) : token);
            }
        }
        return merged;
    }

    private static Role role(int type) {
        return switch (type) {
            case TokenTypes.RESERVED_WORD, TokenTypes.RESERVED_WORD_2, TokenTypes.PREPROCESSOR,
                 TokenTypes.MARKUP_TAG_NAME -> Role.KEYWORD;
            case TokenTypes.LITERAL_STRING_DOUBLE_QUOTE, TokenTypes.LITERAL_CHAR, TokenTypes.LITERAL_BACKQUOTE,
                 TokenTypes.MARKUP_TAG_ATTRIBUTE_VALUE, TokenTypes.REGEX -> Role.STRING;
            case TokenTypes.LITERAL_NUMBER_DECIMAL_INT, TokenTypes.LITERAL_NUMBER_FLOAT,
                 TokenTypes.LITERAL_NUMBER_HEXADECIMAL, TokenTypes.LITERAL_BOOLEAN -> Role.NUMBER;
            case TokenTypes.FUNCTION, TokenTypes.DATA_TYPE, TokenTypes.VARIABLE, TokenTypes.ANNOTATION,
                 TokenTypes.MARKUP_TAG_ATTRIBUTE -> Role.NAME;
            case TokenTypes.COMMENT_EOL, TokenTypes.COMMENT_MULTILINE, TokenTypes.COMMENT_DOCUMENTATION,
                 TokenTypes.COMMENT_KEYWORD, TokenTypes.COMMENT_MARKUP, TokenTypes.MARKUP_COMMENT -> Role.COMMENT;
            default -> Role.PLAIN;
        };
    }
}

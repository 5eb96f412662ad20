package lectern.plan;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The author's TeX as a slide shows it: the formula's own symbols in Unicode ({@code I(G) \subseteq I(p)} as
 * I(G) ⊆ I(p), {@code x_i} as xᵢ), without the dollars. The notes keep the TeX as written; a command this does
 * not know stays as the author wrote it, so nothing is guessed.
 */
final class MathText {
    /** Inline math as the reader keeps it: a code run from {@code $} to {@code $}, or {@code $$} to {@code $$}. */
    private static final Pattern MATH = Pattern.compile("(?s)^\\$\\$?(.+?)\\$?\\$$");
    private static final Pattern COMMAND = Pattern.compile("\\\\([A-Za-z]+)\\s*");
    private static final Pattern WRAPPER = Pattern.compile("\\\\(?:text|mathrm|mathit|mathbf|mathsf|mathtt|operatorname|mathcal|mathbb)\\s*\\{([^{}]*)\\}");
    private static final Pattern FRACTION = Pattern.compile("\\\\frac\\s*\\{([^{}]*)\\}\\s*\\{([^{}]*)\\}");
    private static final Pattern SCRIPT = Pattern.compile("([_^])(?:\\{([^{}]*)\\}|([A-Za-z0-9+\\-=()]))");

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("epsilon", "ε"), Map.entry("varepsilon", "ε"), Map.entry("zeta", "ζ"), Map.entry("eta", "η"),
            Map.entry("theta", "θ"), Map.entry("iota", "ι"), Map.entry("kappa", "κ"), Map.entry("lambda", "λ"),
            Map.entry("mu", "μ"), Map.entry("nu", "ν"), Map.entry("xi", "ξ"), Map.entry("pi", "π"), Map.entry("rho", "ρ"),
            Map.entry("sigma", "σ"), Map.entry("tau", "τ"), Map.entry("phi", "φ"), Map.entry("varphi", "φ"),
            Map.entry("chi", "χ"), Map.entry("psi", "ψ"), Map.entry("omega", "ω"), Map.entry("Gamma", "Γ"),
            Map.entry("Delta", "Δ"), Map.entry("Theta", "Θ"), Map.entry("Lambda", "Λ"), Map.entry("Pi", "Π"),
            Map.entry("Sigma", "Σ"), Map.entry("Phi", "Φ"), Map.entry("Psi", "Ψ"), Map.entry("Omega", "Ω"),
            Map.entry("in", "∈"), Map.entry("notin", "∉"), Map.entry("subseteq", "⊆"), Map.entry("subset", "⊂"),
            Map.entry("supseteq", "⊇"), Map.entry("supset", "⊃"), Map.entry("cup", "∪"), Map.entry("cap", "∩"),
            Map.entry("emptyset", "∅"), Map.entry("varnothing", "∅"), Map.entry("mid", "∣"), Map.entry("perp", "⊥"),
            Map.entry("leftarrow", "←"), Map.entry("rightarrow", "→"), Map.entry("to", "→"),
            Map.entry("leftrightarrow", "↔"), Map.entry("Rightarrow", "⇒"), Map.entry("Leftarrow", "⇐"),
            Map.entry("iff", "⇔"), Map.entry("implies", "⇒"), Map.entry("le", "≤"), Map.entry("leq", "≤"),
            Map.entry("ge", "≥"), Map.entry("geq", "≥"), Map.entry("neq", "≠"), Map.entry("ne", "≠"),
            Map.entry("approx", "≈"), Map.entry("sim", "∼"), Map.entry("equiv", "≡"), Map.entry("propto", "∝"),
            Map.entry("times", "×"), Map.entry("cdot", "·"), Map.entry("pm", "±"), Map.entry("infty", "∞"),
            Map.entry("sum", "∑"), Map.entry("prod", "∏"), Map.entry("int", "∫"), Map.entry("partial", "∂"),
            Map.entry("nabla", "∇"), Map.entry("forall", "∀"), Map.entry("exists", "∃"), Map.entry("neg", "¬"),
            Map.entry("land", "∧"), Map.entry("lor", "∨"), Map.entry("wedge", "∧"), Map.entry("vee", "∨"),
            Map.entry("dotsc", "…"), Map.entry("dots", "…"), Map.entry("ldots", "…"), Map.entry("cdots", "⋯"),
            Map.entry("prime", "′"), Map.entry("log", "log"), Map.entry("exp", "exp"), Map.entry("max", "max"),
            Map.entry("min", "min"), Map.entry("arg", "arg"), Map.entry("left", ""), Map.entry("right", ""),
            Map.entry("quad", " "), Map.entry("qquad", " "));
    private static final String PLAIN = "0123456789+-=()aehijklmnoprstuvx";
    private static final String SUB = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ";
    private static final String SUPER_PLAIN = "0123456789+-=()in";
    private static final String SUPER = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁱⁿ";

    private MathText() {
    }

    /** The runs with their math readable; other runs as they are. */
    static List<lectern.read.Run> readable(List<lectern.read.Run> runs) {
        return runs.stream().map(run -> run.code() ? new lectern.read.Run(readable(run.text()), run.bold(), run.italic(),
                run.code(), run.link()) : run).toList();
    }

    /** A caption or other plain text with each {@code $…$} or {@code $$…$$} in it made readable. */
    static String readableWithin(String text) {
        return text.indexOf('$') < 0 ? text : replaceAll(INLINE, text, m -> readable(m.group()));
    }

    private static final Pattern INLINE = Pattern.compile("\\$\\$[^$]+\\$\\$|\\$[^$\\s][^$]*\\$");

    /** The text readable when it is math; as it is otherwise. */
    static String readable(String text) {
        Matcher math = MATH.matcher(text);
        if (!math.matches()) {
            return text;
        }
        String tex = math.group(1).strip();
        tex = tex.replace("\\not\\in", "\\notin").replace("\\{", "{").replace("\\}", "}").replace("\\,", " ")
                .replace("\\;", " ").replace("\\!", "").replace("\\ ", " ").replace("~", " ");
        tex = replaceAll(WRAPPER, tex, m -> m.group(1));
        tex = replaceAll(FRACTION, tex, m -> m.group(1) + "/" + m.group(2));
        tex = replaceAll(COMMAND, tex, m -> SYMBOLS.containsKey(m.group(1))
                ? SYMBOLS.get(m.group(1)) + (m.group(0).endsWith(" ") && !SYMBOLS.get(m.group(1)).isEmpty() ? " " : "")
                : m.group(0));
        tex = replaceAll(SCRIPT, tex, m -> script(m.group(1).equals("_"), m.group(2) != null ? m.group(2) : m.group(3)));
        return tex;
    }

    /** A subscript or superscript in Unicode's small letters where it has them all, else as TeX writes it. */
    private static String script(boolean sub, String text) {
        String from = sub ? PLAIN : SUPER_PLAIN;
        String to = sub ? SUB : SUPER;
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            int i = from.indexOf(c);
            if (i < 0) {
                return (sub ? "_" : "^") + (text.length() == 1 ? text : "{" + text + "}");
            }
            out.append(to.charAt(i));
        }
        return out.toString();
    }

    private static String replaceAll(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}

package lectern.check;

/** Rules that look at the same part of a talk: its slides' text, its structure, its pictures, its time. */
interface RuleGroup {
    void check(Talk talk, Found found);
}

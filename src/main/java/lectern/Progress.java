package lectern;

/**
 * Where a build says how far it has got, for a person waiting at a terminal: the command line draws it as one line
 * that it rewrites and clears; everything else passes {@link #NONE}.
 */
@FunctionalInterface
public interface Progress {
    Progress NONE = doing -> {
    };

    /** What the build is doing now, in a few words: "planning 1,240 sections", "writing slide 312 of 1,240". */
    void now(String doing);
}

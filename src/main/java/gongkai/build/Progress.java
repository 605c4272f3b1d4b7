package gongkai.build;

/**
 * Where a build says how far it has come: a phase with the number of outputs it has, then one step per output.
 * Implementations are called from several threads at once.
 */
public interface Progress {

    /** A phase begins: {@code name} is for the user (Chinese), {@code total} the outputs it has (0 when unknown). */
    void phase(String name, int total);

    /** {@code n} more outputs of the current phase are done (made or taken over). */
    void advance(int n);

    /** The build is over (succeeded or failed): a terminal display ends its line. */
    void done();

    /** Says nothing. */
    Progress SILENT = new Progress() {
        @Override
        public void phase(String name, int total) {}

        @Override
        public void advance(int n) {}

        @Override
        public void done() {}
    };
}

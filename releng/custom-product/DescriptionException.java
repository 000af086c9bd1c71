import java.util.List;

/** The problems found in a description, each as "file:line: field: reason". */
class DescriptionException extends Exception {

    private final List<String> problems;

    DescriptionException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}

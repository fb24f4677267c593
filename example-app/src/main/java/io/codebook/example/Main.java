package io.codebook.example;

public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.out.println(IdAnalyzerWarning.fromCode("FACE_MISMATCH"));
    }
}

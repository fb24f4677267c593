package com.acme;

final class Uses {
    private Uses() {}

    static AcmeCode used() {
        return AcmeCode.OLD_CODE;
    }
}

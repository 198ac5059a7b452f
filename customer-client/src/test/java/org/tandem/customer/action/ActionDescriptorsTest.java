package org.tandem.customer.action;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tandem.shared.action.ActionDescriptor;

class ActionDescriptorsTest {

    /** The technician picks a program by its name; the number the computer knows it by is the picker's business. */
    @Test
    void theProgramToEndIsAskedForAsAProgramNotAsANumber() {
        ActionDescriptor end = ActionDescriptors.endProcess();

        assertEquals("Program to end", end.parameters().get(0).label());
        assertEquals("Program to remove", ActionDescriptors.uninstallProgram().parameters().get(0).label());
    }
}

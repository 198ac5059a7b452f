package org.tandem.agent.ui;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * What the console's UI tests with a loopback customer share: the console shown for a new customer,
 * its log and data in folders of their own, and both closed after each test. A test still declares its
 * own {@code @Start}, calling {@link #show}: TestFX looks for it on the test's class alone.
 */
abstract class LoopbackConsoleTest {
    @TempDir
    Path logs;
    @TempDir
    Path data;

    LoopbackCustomer customer;
    Scene scene;

    /** Shows the console at this size for a new loopback customer. */
    void show(Stage stage, int width, int height) {
        customer = new LoopbackCustomer(logs);
        scene = LoopbackCustomer.show(stage, data, width, height, customer);
    }

    /**
     * As {@link #show}, with the session's log written where History reads the data folder's sessions,
     * for tests that open History or the earlier sessions on the log the session writes.
     */
    void showWithLogsInHistory(Stage stage, int width, int height) {
        customer = LoopbackCustomer.inDataFolder(data);
        scene = LoopbackCustomer.show(stage, data, width, height, customer);
    }

    @AfterEach
    void closeCustomer(FxRobot robot) {
        LoopbackCustomer.closeAll(robot, scene, customer);
    }
}

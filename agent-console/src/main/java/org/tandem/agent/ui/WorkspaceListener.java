package org.tandem.agent.ui;

import java.util.List;
import org.tandem.agent.session.ActionStatus;
import org.tandem.agent.session.AgentSessionListener;
import org.tandem.agent.session.AgentState;
import org.tandem.agent.session.ControlState;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.conversation.ChatLine;
import org.tandem.shared.conversation.PlanStep;
import org.tandem.shared.message.PointerMessage;
import org.tandem.shared.screen.Frame;
import org.tandem.shared.screen.ScreenBuffer;

/**
 * Hands what a session reports to every part of the console window: the window's own view model
 * (session, screen, control, actions) and the side tabs (plan, chat, wrap-up, customer, activity).
 * Every method of {@link AgentSessionListener} is overridden here; a test keeps it so.
 */
final class WorkspaceListener implements AgentSessionListener {
    private final AgentSessionListener console;
    private final ConsoleWorkspace workspace;

    WorkspaceListener(AgentSessionListener console, ConsoleWorkspace workspace) {
        this.console = console;
        this.workspace = workspace;
    }

    @Override
    public void stateChanged(AgentState state, String detail) {
        console.stateChanged(state, detail);
        workspace.connecting().stateChanged(state, detail);
        if (state == AgentState.ENDED) {
            workspace.sessionEnded();
            workspace.reconnecting().ended();
            workspace.plan().ended();
        }
        workspace.activity().changed();
    }

    @Override
    public void codeReady(String code) {
        console.codeReady(code);
    }

    @Override
    public void paired(String checkString) {
        console.paired(checkString);
        workspace.plan().connected();
        workspace.activity().changed();
    }

    @Override
    public void actionCatalog(String os, List<ActionDescriptor> actions) {
        console.actionCatalog(os, actions);
        workspace.customer().actionCatalog(os, actions);
        workspace.activity().changed();
    }

    @Override
    public void actionChanged(ActionStatus status) {
        console.actionChanged(status);
        workspace.plan().actionChanged(status);
        workspace.customer().actionChanged(status);
        workspace.activity().changed();
    }

    @Override
    public void controlChanged(ControlState state, String detail) {
        console.controlChanged(state, detail);
        workspace.activity().changed();
    }

    @Override
    public void controlRequestNotSent(ControlState control, String reason) {
        console.controlRequestNotSent(control, reason);
    }

    @Override
    public void frameReady(Frame frame) {
        console.frameReady(frame);
    }

    @Override
    public void screenUpdated(ScreenBuffer screen) {
        console.screenUpdated(screen);
    }

    @Override
    public void planChanged(List<PlanStep> steps) {
        console.planChanged(steps);
        workspace.plan().planChanged(steps);
        workspace.activity().changed();
    }

    @Override
    public void planStepAnswered(org.tandem.shared.message.ControlMessage.PlanStepAnswered answer) {
        console.planStepAnswered(answer);
        workspace.plan().planStepAnswered(answer);
        workspace.activity().changed();
    }

    @Override
    public void chatChanged(List<ChatLine> lines) {
        console.chatChanged(lines);
        workspace.chat().chatChanged(lines);
        workspace.activity().changed();
    }

    @Override
    public void customerTyping(boolean typing) {
        console.customerTyping(typing);
        workspace.chat().customerTyping(typing);
    }

    @Override
    public void workingAnswered(org.tandem.shared.message.ControlMessage.WorkingAnswer answer) {
        console.workingAnswered(answer);
        workspace.wrapUp().workingAnswered(answer);
        workspace.activity().changed();
    }

    @Override
    public void rated(int stars, String comment) {
        console.rated(stars, comment);
        workspace.wrapUp().rated(stars, comment);
        workspace.activity().changed();
    }

    @Override
    public void followUpRequested(String when, String note) {
        console.followUpRequested(when, note);
        workspace.wrapUp().followUpRequested(when, note);
        workspace.activity().changed();
    }

    @Override
    public void pointerMoved(PointerMessage.Moved moved) {
        console.pointerMoved(moved);
    }

    @Override
    public void pointerShapeChanged(PointerMessage.Shape shape) {
        console.pointerShapeChanged(shape);
    }

    @Override
    public void monitorsChanged(org.tandem.shared.message.ControlMessage.ScreenMonitors monitors) {
        console.monitorsChanged(monitors);
    }

    @Override
    public void reconnecting(java.time.Instant deadline) {
        console.reconnecting(deadline);
        workspace.reconnecting().reconnecting(deadline);
        workspace.activity().changed();
    }

    @Override
    public void reconnected() {
        console.reconnected();
        workspace.reconnecting().resumed();
        workspace.activity().changed();
    }
}

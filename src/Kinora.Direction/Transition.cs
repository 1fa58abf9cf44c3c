namespace Kinora.Direction;

/// <summary>
/// How one shot gives way to the next, from the screenplay's transitions: CUT TO: and SMASH CUT TO: are cuts,
/// FADE TO: and FADE OUT. go through black, DISSOLVE TO: lays the outgoing picture over the incoming one.
/// </summary>
public enum Transition { Cut, Fade, Dissolve }

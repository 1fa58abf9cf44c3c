namespace Kinora.Audio;

/// <summary>
/// One foley sound placed on the film: what, when it starts (seconds of film time), who makes it, on what ground,
/// how hard (a footstep of a run lands harder), and its level in dB relative to the kind's house level.
/// </summary>
public sealed record FoleyCue(FoleyKind Kind, double Time, string Actor, Surface Surface, bool Running, double GainDb);

using System.Collections.Immutable;

namespace Kinora.Audio;

/// <summary>A note of the score: MIDI channel (0..15, 9 = drums), key (0..127), velocity (1..127), from and to in ticks.</summary>
public sealed record ScoreNote(int Channel, int Key, int Velocity, long Start, long End);

/// <summary>A channel setting at a tick: a program change when <see cref="Controller"/> is -1, else a MIDI controller.</summary>
public sealed record ScoreControl(long Tick, int Channel, int Controller, int Value)
{
    public const int Program = -1;
}

/// <summary>
/// The music under one scene: where it starts in ticks and seconds of film time, its length in beats and its
/// tempo (microseconds per quarter note, fitted so that the cue ends on the scene's cut), its key (tonic pitch
/// class, 0 = C) and mode, the tension it is written at (0..1) and the act it belongs to (0, 1, 2).
/// </summary>
public sealed record ScoreCue(int Scene, string Heading, long StartTick, int Beats, int MicrosecondsPerQuarter,
    double Start, double End, int Tonic, bool Minor, double Tension, int Act)
{
    public long EndTick(int ticksPerQuarter) => StartTick + (long)Beats * ticksPerQuarter;

    static readonly string[] Names = ["C", "D♭", "D", "E♭", "E", "F", "F♯", "G", "A♭", "A", "B♭", "B"];

    /// <summary>The key as a musician writes it: "A minor", "E♭ major".</summary>
    public string Key => $"{Names[Tonic]} {(Minor ? "minor" : "major")}";

    public double Bpm => 60e6 / MicrosecondsPerQuarter;
}

/// <summary>
/// The film's score as Kinora composed it: a cue per scene, the notes and channel settings of every part, and the
/// names of the parts by channel. Written out as a standard MIDI file and played through a SoundFont.
/// </summary>
public sealed record Score(string Genre, int TicksPerQuarter, ImmutableArray<ScoreCue> Cues, ImmutableArray<ScoreNote> Notes,
    ImmutableArray<ScoreControl> Controls, ImmutableArray<(int Channel, string Name)> Parts)
{
    /// <summary>Film time in seconds at a tick.</summary>
    public double SecondsAt(long tick)
    {
        foreach (var cue in Cues)
            if (tick < cue.EndTick(TicksPerQuarter) || cue == Cues[^1])
                return cue.Start + (tick - cue.StartTick) / (double)TicksPerQuarter * cue.MicrosecondsPerQuarter / 1e6;
        return 0;
    }
}

namespace Kinora.Audio;

/// <summary>How the soundtrack is mixed. The defaults are the house standard; tests and tools may change them.</summary>
public sealed record SoundtrackOptions
{
    public static SoundtrackOptions Default { get; } = new();

    /// <summary>Integrated loudness the mix is normalised to, in LUFS (−16 suits films watched online).</summary>
    public double TargetLufs { get; init; } = -16;

    /// <summary>Highest true peak allowed, in dBTP.</summary>
    public double TruePeakCeilingDbtp { get; init; } = -1;

    /// <summary>
    /// Most the normaliser may raise the mix, in dB. A film of room tone alone stays a quiet room instead of being
    /// pushed up to the target as loud hiss; any film with dialogue reaches the target well within it.
    /// </summary>
    public double MaxGainDb { get; init; } = 20;

    /// <summary>How far the ambience drops while someone speaks, in dB.</summary>
    public double DuckingDb { get; init; } = 8;

    /// <summary>How far the music drops while someone speaks, in dB.</summary>
    public double MusicDuckingDb { get; init; } = 10;

    /// <summary>Whether a score is composed and played under the film.</summary>
    public bool Score { get; init; } = true;

    /// <summary>
    /// Integrated loudness the score is set to before the mix is normalised, in LUFS: about 12 LU under the voices
    /// (espeak-ng's lines sit near −21 LUFS at this stage), before ducking takes it lower still under each line.
    /// </summary>
    public double MusicLufs { get; init; } = -33;

    /// <summary>Whether footsteps and other foley are cut to the world's events.</summary>
    public bool Foley { get; init; } = true;

    /// <summary>The FluidSynth executable (a name on PATH or a full path).</summary>
    public string FluidSynth { get; init; } = "fluidsynth";

    /// <summary>The General MIDI SoundFont the score is played with (Debian's fluid-soundfont-gm).</summary>
    public string SoundFont { get; init; } = "/usr/share/sounds/sf2/FluidR3_GM.sf2";

    /// <summary>The espeak-ng executable (a name on PATH or a full path).</summary>
    public string Espeak { get; init; } = "espeak-ng";

    /// <summary>How many espeak-ng processes run at once.</summary>
    public int SpeechParallelism { get; init; } = 2;
}

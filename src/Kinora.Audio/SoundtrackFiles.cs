namespace Kinora.Audio;

/// <summary>
/// Where a mix writes: the soundtrack (48 kHz stereo 16-bit WAV), and optionally the score as a standard MIDI file
/// and the three stems an editor re-balances (dialogue; music; effects, that is ambience and foley) as 48 kHz
/// stereo 32-bit float WAVs. The stems are taken after the ducking and the loudness gain and before the limiter,
/// so they add up to the mix as it enters the limiter. Each file appears only when complete.
/// </summary>
public sealed record SoundtrackFiles(string Mix)
{
    public string? Score { get; init; }
    public string? Dialogue { get; init; }
    public string? Music { get; init; }
    public string? Effects { get; init; }

    /// <summary>The soundtrack with its score and stems beside it: NAME.mid, NAME.dialogue.wav, NAME.music.wav, NAME.effects.wav.</summary>
    public static SoundtrackFiles Beside(string mix)
    {
        string stem = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(mix))!, Path.GetFileNameWithoutExtension(mix));
        return new SoundtrackFiles(mix)
        {
            Score = stem + ".mid",
            Dialogue = stem + ".dialogue.wav",
            Music = stem + ".music.wav",
            Effects = stem + ".effects.wav",
        };
    }
}

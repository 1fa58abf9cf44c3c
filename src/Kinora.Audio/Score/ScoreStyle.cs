namespace Kinora.Audio;

/// <summary>How the bass moves under each chord.</summary>
internal enum BassLine { Sustain, RootFifth, Walking, Oompah }

/// <summary>What the accompaniment plays with each chord.</summary>
internal enum Accompaniment { Arpeggio, Charleston, Staccato }

/// <summary>Which percussion plays, and how.</summary>
internal enum Kit { Brushes, Light, Pop, Pulse, Woodblocks, Orchestral }

/// <summary>
/// A genre's musical palette: home mode, tempo, General MIDI instruments (melody, accompaniment, pad, bass, and
/// the drum kit's program), the patterns they play, from what tension the drums come in, chord progressions
/// (scale degrees from 0) for major and minor scenes, and the reverb send (0..127).
/// </summary>
internal sealed record ScoreStyle(
    string Genre,
    bool Minor,
    bool FollowsMood,
    double Tempo,
    bool Swing,
    int Melody,
    int MelodyTense,
    int Comp,
    int Pad,
    int Bass,
    int DrumKit,
    BassLine BassLine,
    Accompaniment Accompaniment,
    Kit Kit,
    double DrumsFrom,
    bool Sevenths,
    int MelodyLow,
    int MelodyHigh,
    int Reverb,
    int[][] Major,
    int[][] MinorProgressions)
{
    static readonly int[][] PopMajor = [[0, 4, 5, 3], [0, 5, 3, 4], [0, 3, 0, 4], [5, 3, 0, 4], [0, 3, 5, 4]];
    static readonly int[][] PopMinor = [[0, 5, 2, 6], [0, 3, 4, 0], [0, 6, 5, 6], [0, 5, 3, 4], [0, 3, 6, 2]];

    /// <summary>Cinematic drama: strings, piano, horn; major or minor as each scene's mood says; timpani at the peak.</summary>
    public static readonly ScoreStyle Natural = new("drama", false, true, 84, false, 68, 60, 0, 48, 43, 48,
        BassLine.RootFifth, Accompaniment.Arpeggio, Kit.Orchestral, 0.65, false, 62, 84, 70, PopMajor, PopMinor);

    /// <summary>Noir: a tenor sax over walking bass, piano comping in sevenths, brushes; dorian minor, swung.</summary>
    public static readonly ScoreStyle Noir = new("noir", true, false, 78, true, 66, 66, 0, 49, 32, 40,
        BassLine.Walking, Accompaniment.Charleston, Kit.Brushes, 0.2, true, 55, 76, 55,
        [[1, 4, 0, 0], [0, 5, 1, 4], [0, 3, 1, 4]], [[0, 3, 0, 4], [1, 4, 0, 0], [0, 5, 1, 4], [0, 3, 6, 2]]);

    /// <summary>Warm: nylon guitar, strings and flute, a shaker; major.</summary>
    public static readonly ScoreStyle Warm = new("warm", false, false, 96, false, 73, 68, 24, 48, 32, 0,
        BassLine.RootFifth, Accompaniment.Arpeggio, Kit.Light, 0.35, false, 67, 86, 60, PopMajor, PopMinor);

    /// <summary>Cold: slow strings, celesta, bowed glass and contrabass; minor; low tom pulses as tension rises.</summary>
    public static readonly ScoreStyle Cold = new("cold", true, false, 68, false, 92, 73, 8, 49, 43, 48,
        BassLine.Sustain, Accompaniment.Arpeggio, Kit.Pulse, 0.55, false, 64, 84, 90, PopMajor,
        [[0, 5, 0, 6], [0, 3, 5, 4], [0, 1, 0, 6], [0, 5, 3, 6]]);

    /// <summary>Documentary: piano ostinato, marimba, strings, a light pop kit; major.</summary>
    public static readonly ScoreStyle Documentary = new("documentary", false, false, 104, false, 12, 11, 0, 48, 32, 0,
        BassLine.RootFifth, Accompaniment.Arpeggio, Kit.Pop, 0.3, false, 65, 84, 50, PopMajor, PopMinor);

    /// <summary>Pastel: pizzicato strings, clarinet, bassoon, woodblocks and a glockenspiel; lydian-bright major.</summary>
    public static readonly ScoreStyle Pastel = new("pastel", false, false, 112, false, 71, 9, 45, 52, 70, 0,
        BassLine.Oompah, Accompaniment.Staccato, Kit.Woodblocks, 0.25, false, 65, 84, 50, PopMajor, PopMinor);

    /// <summary>
    /// The palette for a production: a "Genre" key on the screenplay's title page wins (noir, thriller, romance,
    /// comedy, documentary…); otherwise the bible's look decides (noir, warm, cold, documentary, pastel, natural).
    /// </summary>
    public static ScoreStyle For(Kinora.Production.Production production)
    {
        string genre = production.Screenplay.TitlePage
            .FirstOrDefault(p => p.Key.Equals("Genre", StringComparison.OrdinalIgnoreCase)).Value?.ToLowerInvariant() ?? "";
        foreach (var (words, style) in Genres)
            if (words.Any(w => genre.Contains(w, StringComparison.Ordinal))) return style;
        return production.Bible.Style.Look switch
        {
            "noir" => Noir,
            "warm" => Warm,
            "cold" => Cold,
            "documentary" => Documentary,
            "pastel" => Pastel,
            _ => Natural,
        };
    }

    static readonly (string[] Words, ScoreStyle Style)[] Genres =
    [
        (["noir", "detective", "crime", "mystery", "jazz"], Noir),
        (["thriller", "horror", "science fiction", "sci-fi", "space", "suspense", "mystery"], Cold),
        (["romance", "love", "folk", "western", "family"], Warm),
        (["comedy", "whims", "children", "fairy", "animation"], Pastel),
        (["documentary", "training", "explainer", "educational"], Documentary),
        (["drama", "adventure", "epic", "war", "fantasy"], Natural),
    ];
}

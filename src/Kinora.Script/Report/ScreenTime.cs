namespace Kinora.Script;

/// <summary>
/// A first estimate of how long a screenplay plays, in seconds of film time, before anything is staged:
/// a spoken line takes 0.4 s a word plus 1 s to start, an action line 3 to 5 s by its length.
/// The story planner writes until this estimate reaches the asked duration.
/// </summary>
public static class ScreenTime
{
    public const double SecondsPerWord = 0.4;
    public const double SecondsPerLine = 1.0;

    public static double Estimate(Screenplay screenplay)
    {
        ArgumentNullException.ThrowIfNull(screenplay);
        double total = 0;
        foreach (var scene in screenplay.Scenes)
            foreach (var element in scene.Elements)
                total += Of(element);
        return total;
    }

    public static double Of(ScriptElement element) => element switch
    {
        DialogueElement d => Speech(d.Text),
        LyricsElement l => Speech(l.Text) * 1.5,
        ActionElement a => Action(a.Text),
        _ => 0,
    };

    public static double Speech(string text) => text.Trim().Length == 0 ? 1.5 : Words(text) * SecondsPerWord + SecondsPerLine;

    public static double Action(string text) => Math.Clamp(3.0 + Words(text) / 8.0, 3.0, 5.0);

    static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}

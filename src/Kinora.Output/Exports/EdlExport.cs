using System.Text;
using Kinora.Direction;

namespace Kinora.Output.Exports;

/// <summary>
/// The cut as a CMX3600 edit decision list: one event per shot, video and both audio channels, record and source
/// timecode equal (the rendered film is the source reel), with the shot's id, size, move, lens and reason as
/// comments so an editor conforming elsewhere sees what each event is.
/// </summary>
public static class EdlExport
{
    /// <summary>CMX3600 reel names are at most 8 characters.</summary>
    public const string Reel = "KINORA";

    public static string Write(Kinora.Production.Production production, ShotList shots, string filmFileName = "film.mp4")
    {
        int fps = production.Bible.Format.Fps;
        var sb = new StringBuilder();
        sb.Append("TITLE: ").Append(Clean(production.Bible.Title, 70)).Append('\n');
        sb.Append("FCM: NON-DROP FRAME\n\n");
        int n = 0;
        foreach (var shot in shots.Shots)
        {
            n++;
            long a = Timecode.Frame(shot.Start, fps), b = Timecode.Frame(shot.End, fps);
            string src = $"{Timecode.Of(a, fps)} {Timecode.Of(b, fps)}";
            sb.Append($"{n:000}  {Reel,-8} AA/V  C        {src} {src}\n");
            sb.Append("* FROM CLIP NAME: ").Append(filmFileName).Append('\n');
            sb.Append("* COMMENT: ").Append(shot.Id).Append(' ')
              .Append(ShotWords.Of(shot.Size)).Append(' ').Append(ShotWords.Of(shot.Move)).Append(' ')
              .Append($"{shot.FocalLength:0}MM").Append(' ').Append(Clean(string.Join(" & ", shot.Subjects), 40)).Append('\n');
            if (shot.Reason.Length > 0) sb.Append("* COMMENT: ").Append(Clean(shot.Reason, 70)).Append('\n');
            if (IsSceneStart(production, shot))
                sb.Append("* LOC: ").Append(Timecode.Of(a, fps)).Append(" WHITE ").Append(Clean(production.Scenes[shot.Scene].Heading, 60)).Append('\n');
            sb.Append('\n');
        }
        return sb.ToString();
    }

    static bool IsSceneStart(Kinora.Production.Production p, Shot shot) =>
        shot.Scene >= 0 && shot.Scene < p.Scenes.Length && Math.Abs(p.Scenes[shot.Scene].Start - shot.Start) < 1e-6;

    /// <summary>EDL lines are plain ASCII on one line.</summary>
    static string Clean(string text, int max)
    {
        var s = new string(text.Select(c => c is >= ' ' and <= '~' ? c : ' ').ToArray()).Trim();
        return s.Length <= max ? s : s[..max];
    }
}

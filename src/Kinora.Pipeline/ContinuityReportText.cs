using System.Globalization;
using System.Text;

namespace Kinora.Pipeline;

/// <summary>`kinora check` for a person: the film's totals first, then one line per shot, then every violation.</summary>
public static class ContinuityReportText
{
    public static string Write(ContinuityReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var c = report.Coverage;
        var l = c.Lengths;
        var s = new StringBuilder();
        void Line(FormattableString text) => s.Append(text.ToString(CultureInfo.InvariantCulture)).Append('\n');

        Line($"{report.Title}: {report.Duration:0.##} s, {c.Shots.Length} shots, {report.Frames} frames at {report.Fps} fps");
        Line($"craft");
        Line($"  180° line        {c.LineViolations} crossings");
        Line($"  30° rule         {c.JumpCuts} jump cuts");
        Line($"  camera limits    {c.RigViolations} shots over their rig; camera inside the set in {c.Shots.Sum(x => x.BlockedFrames)} frames");
        var worst = c.Shots.IsEmpty ? null : c.Shots.MinBy(x => x.Visibility);
        Line($"  visibility       lowest {(worst?.Visibility ?? 1):P1}{(worst is null ? "" : $" ({worst.Id})")}; 90 % required per shot");
        Line($"  shot lengths     {l.Count} shots, mean {l.Mean:0.00} s, median {l.Median:0.00} s, min {l.Shortest:0.00} s, max {l.Longest:0.00} s");
        Line($"world");
        Line($"  foot sliding     max {report.MaxFootSlide:0.00} cm{(report.WorstFootSlide is null ? "" : $" ({report.WorstFootSlide})")}; under {ContinuityReport.FootSlideAllowed} cm allowed");
        Line($"  interpenetration {report.Interpenetrations} frame×pairs of bodies; {report.PropInterpenetrations} frame×props sunk in; {report.PropBodyInterpenetrations} frame×props in a body");
        foreach (var ch in report.Characters)
            Line($"  appearance       {ch.Name}: {string.Join(", ", ch.Hashes)} in {ch.Shots} shots{(ch.Consistent ? "" : "  CHANGES")}");
        foreach (var sun in report.Sun)
            Line($"  sun, scene {sun.Scene,-3}   {sun.Clock}: elevation {sun.Elevation:0.00}° (clock {sun.ExpectedElevation:0.00}°), azimuth {sun.Azimuth:0.0}° (clock {sun.ExpectedAzimuth:0.0}°), off {Math.Max(sun.ElevationError, sun.AzimuthError):0.000}°");
        Line($"shots");
        for (int i = 0; i < c.Shots.Length; i++)
        {
            var x = c.Shots[i];
            var w = report.Shots[i];
            Line($"  {x.Id,-9} {x.Start,8:0.00}–{x.End,-8:0.00} {x.Rig.Name,-9} vis {x.Visibility,6:P1}  v {x.MaxSpeed:0.00}/{x.Rig.MaxSpeed:0.##}  a {x.MaxAcceleration:0.00}/{x.Rig.MaxAcceleration:0.##}  j {x.MaxJerk:0.0}/{x.Rig.MaxJerk:0.##}  ω {x.MaxAngularSpeed:0.00}/{x.Rig.MaxAngularSpeed:0.##}  feet {w.FootSlide:0.00} cm  overlaps {w.Interpenetrations}");
        }
        if (report.Clean) Line($"clean: no violations");
        else
        {
            Line($"{report.Violations.Length} violations");
            foreach (var v in report.Violations) Line($"  {v}");
        }
        return s.ToString();
    }
}

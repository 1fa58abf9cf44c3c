using System.Text;
using System.Text.Json;

namespace Kinora.Pipeline;

/// <summary>
/// `kinora check --json`: one object whose keys and order are a contract (README, "kinora check --json").
/// Lengths are seconds, speeds m/s, accelerations m/s², jerks m/s³, turn rates rad/s, slides centimetres,
/// angles degrees, shares 0..1; numbers are rounded to 4 decimals so the output is stable across runs.
/// </summary>
public static class ContinuityReportJson
{
    public static string Write(ContinuityReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            var coverage = report.Coverage;
            w.WriteStartObject();
            w.WriteString("title", report.Title);
            Number(w, "duration", report.Duration);
            w.WriteNumber("fps", report.Fps);
            w.WriteNumber("frames", report.Frames);
            w.WriteBoolean("clean", report.Clean);
            w.WriteStartArray("violations");
            foreach (var v in report.Violations) w.WriteStringValue(v);
            w.WriteEndArray();

            w.WriteStartObject("totals");
            w.WriteNumber("shots", coverage.Shots.Length);
            w.WriteNumber("line_violations", coverage.LineViolations);
            w.WriteNumber("jump_cuts", coverage.JumpCuts);
            w.WriteNumber("rig_violations", coverage.RigViolations);
            Number(w, "min_visibility", coverage.Shots.IsEmpty ? 1 : coverage.Shots.Min(s => s.Visibility));
            w.WriteNumber("low_visibility_shots", coverage.Shots.Count(s => s.EyesOutOfFrame + s.EyesOccluded > Kinora.Direction.CoverageReport.EyesOutAllowed + 1e-9));
            w.WriteNumber("camera_blocked_frames", coverage.Shots.Sum(s => s.BlockedFrames));
            Number(w, "max_foot_slide_cm", report.MaxFootSlide);
            w.WriteNumber("interpenetrations", report.Interpenetrations);
            w.WriteNumber("prop_interpenetrations", report.PropInterpenetrations);
            w.WriteNumber("prop_body_interpenetrations", report.PropBodyInterpenetrations);
            w.WriteNumber("appearance_changes", report.Characters.Sum(c => Math.Max(0, c.Hashes.Length - 1)));
            Number(w, "max_sun_elevation_error_deg", report.MaxSunElevationError);
            Number(w, "max_sun_azimuth_error_deg", report.MaxSunAzimuthError);
            w.WriteEndObject();

            var l = coverage.Lengths;
            w.WriteStartObject("shot_lengths");
            w.WriteNumber("count", l.Count);
            Number(w, "mean", l.Mean);
            Number(w, "median", l.Median);
            Number(w, "min", l.Shortest);
            Number(w, "max", l.Longest);
            w.WriteNumber("too_short", l.TooShort);
            w.WriteNumber("too_long", l.TooLong);
            w.WriteEndObject();

            w.WriteStartArray("shots");
            for (int i = 0; i < coverage.Shots.Length; i++)
            {
                var c = coverage.Shots[i];
                var world = report.Shots[i];
                w.WriteStartObject();
                w.WriteString("id", c.Id);
                w.WriteNumber("scene", c.Scene);
                Number(w, "start", c.Start);
                Number(w, "end", c.End);
                w.WriteString("rig", c.Rig.Name);
                w.WriteBoolean("crosses_line", c.CrossesLine);
                w.WriteBoolean("jump_cut", c.JumpCut);
                Number(w, "eyes_out_of_frame", c.EyesOutOfFrame);
                Number(w, "eyes_occluded", c.EyesOccluded);
                Number(w, "visibility", c.Visibility);
                Number(w, "max_speed", c.MaxSpeed);
                Number(w, "max_acceleration", c.MaxAcceleration);
                Number(w, "max_jerk", c.MaxJerk);
                Number(w, "max_angular_speed", c.MaxAngularSpeed);
                w.WriteStartObject("limits");
                Number(w, "speed", c.Rig.MaxSpeed);
                Number(w, "acceleration", c.Rig.MaxAcceleration);
                Number(w, "jerk", c.Rig.MaxJerk);
                Number(w, "angular_speed", c.Rig.MaxAngularSpeed);
                w.WriteEndObject();
                w.WriteBoolean("within_rig", c.WithinRig);
                w.WriteNumber("camera_blocked_frames", c.BlockedFrames);
                Number(w, "max_foot_slide_cm", world.FootSlide);
                w.WriteNumber("interpenetrations", world.Interpenetrations);
                w.WriteNumber("prop_interpenetrations", world.PropInterpenetrations);
                w.WriteNumber("prop_body_interpenetrations", world.PropBodyInterpenetrations);
                w.WriteStartObject("appearance");
                foreach (var look in world.Looks) w.WriteString(look.Name, look.Hash);
                w.WriteEndObject();
                w.WriteStartArray("problems");
                foreach (var p in report.Violations.Where(v => v.StartsWith(c.Id + ": ", StringComparison.Ordinal))) w.WriteStringValue(p[(c.Id.Length + 2)..]);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();

            w.WriteStartArray("characters");
            foreach (var c in report.Characters)
            {
                w.WriteStartObject();
                w.WriteString("name", c.Name);
                w.WriteNumber("shots", c.Shots);
                w.WriteStartArray("appearances");
                foreach (var h in c.Hashes) w.WriteStringValue(h);
                w.WriteEndArray();
                w.WriteBoolean("consistent", c.Consistent);
                w.WriteEndObject();
            }
            w.WriteEndArray();

            w.WriteStartArray("scenes");
            foreach (var s in report.Sun)
            {
                w.WriteStartObject();
                w.WriteNumber("index", s.Scene);
                w.WriteString("heading", s.Heading);
                Number(w, "latitude", s.Latitude);
                w.WriteNumber("day_of_year", s.Clock.DayOfYear);
                Number(w, "hour", s.Clock.Hour);
                Number(w, "sun_elevation_deg", s.Elevation);
                Number(w, "sun_azimuth_deg", s.Azimuth);
                Number(w, "expected_elevation_deg", s.ExpectedElevation);
                Number(w, "expected_azimuth_deg", s.ExpectedAzimuth);
                Number(w, "elevation_error_deg", s.ElevationError);
                Number(w, "azimuth_error_deg", s.AzimuthError);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    static void Number(Utf8JsonWriter w, string name, double value) =>
        w.WriteNumber(name, double.IsFinite(value) ? Math.Round(value, 4) : 0);
}

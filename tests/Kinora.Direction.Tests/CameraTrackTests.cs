using System.Collections.Immutable;
using System.Numerics;
using Kinora.Production;
using Kinora.World;
using Xunit.Abstractions;

namespace Kinora.Direction.Tests;

public sealed class CameraTrackTests(ITestOutputHelper output)
{
    static readonly FakeWorld World = FakeWorld.Film();
    static readonly ShotList Plan = Director.Plan(World);
    static readonly CameraTrack[] Tracks = Plan.Shots.Select(s => CameraTrack.For(s, World)).ToArray();
    static readonly int Fps = World.Production.Bible.Format.Fps;
    static readonly float Aspect = 1280f / 720f;

    static IEnumerable<(CameraTrack Track, double T, CameraFrame Camera)> Frames(CameraTrack track)
    {
        int first = (int)Math.Ceiling(track.Shot.Start * Fps - 1e-9), end = (int)Math.Ceiling(track.Shot.End * Fps - 1e-9);
        for (int n = first; n < end; n++) yield return (track, n / (double)Fps, track.Sample(n / (double)Fps));
    }

    static Beat? DominantBeat(Shot shot) =>
        World.Production.Scenes.First(s => s.Index == shot.Scene).Beats
            .OrderByDescending(b => Math.Min(b.End, shot.End) - Math.Max(b.Start, shot.Start)).First();

    [Fact]
    public void The_speakers_eyes_sit_on_the_upper_third_line_in_every_frame_of_their_single()
    {
        int checkedShots = 0;
        foreach (var track in Tracks)
        {
            var shot = track.Shot;
            if (shot.Type is not (ShotType.Single or ShotType.OverTheShoulder)) continue;
            if (DominantBeat(shot) is not { Kind: BeatKind.Dialogue } beat || beat.Subject != shot.Primary) continue;
            checkedShots++;
            foreach (var (_, t, camera) in Frames(track))
            {
                var eyes = World.Actor(shot.Primary!, t)!.Value.Eyes;
                Assert.True(camera.TryProject(eyes, Aspect, out var ndc), $"{shot.Id} at {t}: eyes behind the camera");
                // ±0.1 of frame height is ±0.2 in normalised device coordinates.
                Assert.True(Math.Abs(ndc.Y - 1f / 3f) <= 0.2f, $"{shot.Id} at {t:0.000}: eyes at y={ndc.Y:0.000}");
                Assert.InRange(ndc.X, -1f, 1f);
            }
        }
        Assert.True(checkedShots >= 4, $"only {checkedShots} speaker singles");
    }

    [Fact]
    public void Subjects_eyes_stay_in_frame_for_at_least_95_percent_of_every_shot()
    {
        var report = CoverageReport.Compute(Plan, Tracks, World);
        foreach (var check in report.Shots) output.WriteLine($"{check.Id} out={check.EyesOutOfFrame:P1} v={check.MaxSpeed:0.00} a={check.MaxAcceleration:0.00} j={check.MaxJerk:0.00} w={check.MaxAngularSpeed:0.00} {string.Join("; ", check.Problems)}");
        Assert.All(report.Shots, c => Assert.True(c.EyesOutOfFrame <= 0.05, $"{c.Id}: {c.EyesOutOfFrame:P1} out of frame"));
    }

    [Fact]
    public void Every_dialogue_camera_stays_on_one_side_of_the_line()
    {
        foreach (var scene in World.Production.Scenes)
        {
            var sides = new HashSet<int>();
            foreach (var track in Tracks.Where(k => k.Shot.Scene == scene.Index))
            {
                if (DominantBeat(track.Shot) is not { Kind: BeatKind.Dialogue }) continue;
                foreach (var (_, t, camera) in Frames(track))
                {
                    var ada = World.Actor("ADA", t)!.Value.Position;
                    var ben = World.Actor("BEN", t)!.Value.Position;
                    var line = Vector3.Normalize(ben - ada);
                    var left = new Vector3(line.Z, 0, -line.X);
                    float offset = Vector3.Dot(camera.Position - ada, left);
                    Assert.True(Math.Abs(offset) > 0.05f, $"{track.Shot.Id} at {t}: camera on the line");
                    sides.Add(Math.Sign(offset));
                }
            }
            Assert.Single(sides);
        }
        Assert.Equal(0, CoverageReport.Compute(Plan, Tracks, World).LineViolations);
    }

    [Fact]
    public void The_camera_is_never_inside_an_obstacle_nor_below_30_cm_nor_above_the_ceiling()
    {
        foreach (var track in Tracks)
        {
            var set = World.SetFor(track.Shot.Scene);
            foreach (var (_, t, camera) in Frames(track))
            {
                var p = camera.Position;
                Assert.True(p.Y >= 0.3f, $"{track.Shot.Id} at {t}: {p.Y:0.00} m high");
                if (set.Interior) Assert.True(p.Y <= set.CeilingHeight, $"{track.Shot.Id} at {t}: through the ceiling");
                Assert.DoesNotContain(set.Obstacles, o => o.Contains(p));
            }
        }
    }

    [Fact]
    public void Camera_moves_keep_within_the_rig_and_never_jump()
    {
        var report = CoverageReport.Compute(Plan, Tracks, World);
        foreach (var c in report.Shots)
        {
            Assert.True(c.WithinRig, $"{c.Id}: {string.Join("; ", c.Problems)}");
            Assert.True(c.MaxStep <= c.Rig.MaxSpeed / Fps * 1.05 + 1e-4, $"{c.Id} jumps {c.MaxStep:0.000} m in a frame");
        }
        Assert.Contains(report.Shots, c => c.MaxSpeed > 0.3); // something actually moves
    }

    [Fact]
    public void Cuts_to_the_same_subject_keep_the_30_degree_rule()
    {
        var report = CoverageReport.Compute(Plan, Tracks, World);
        Assert.Equal(0, report.JumpCuts);
    }

    [Fact]
    public void The_coverage_report_is_clean_for_the_planned_film()
    {
        var report = CoverageReport.Compute(Plan, World);
        Assert.True(report.Clean, string.Join("\n", report.Shots.Where(s => !s.Clean).Select(s => $"{s.Id}: {string.Join("; ", s.Problems)}")));
        Assert.Equal(Plan.Shots.Length, report.Lengths.Count);
        Assert.Equal(0, report.Lengths.TooShort);
    }

    [Fact]
    public void A_follow_shot_keeps_up_with_the_walk()
    {
        var track = Tracks.First(k => k.Shot.Start <= 38 && k.Shot.End > 38);
        Assert.Contains(track.Shot.Move, new[] { CameraMove.Follow, CameraMove.Truck, CameraMove.Handheld });
        var start = track.Sample(track.Shot.Start).Position;
        var end = track.Sample(track.Shot.End).Position;
        var walked = World.Actor("ADA", track.Shot.End)!.Value.Position - World.Actor("ADA", track.Shot.Start)!.Value.Position;
        Assert.True(Vector3.Distance(start, end) > 0.5f * walked.Length(), $"camera moved {Vector3.Distance(start, end):0.00} m, ADA {walked.Length():0.00} m");
    }

    [Fact]
    public void Sampling_is_a_pure_function_of_time()
    {
        var track = Tracks.First(k => k.Shot.Move != CameraMove.Static);
        double t = (track.Shot.Start + track.Shot.End) / 2;
        var once = track.Sample(t);
        _ = track.Sample(track.Shot.Start);
        Assert.Equal(once, track.Sample(t));
        Assert.Equal(once, CameraTrack.For(track.Shot, FakeWorld.Film()).Sample(t));
    }

    [Fact]
    public void Aim_puts_the_anchor_exactly_where_asked()
    {
        var camera = new Vector3(3, 1.2f, 4);
        var anchor = new Vector3(-1, 1.6f, -2);
        double tanHalf = Math.Tan(CameraFrame.FovForFocalLength(50) / 2);
        foreach (var (x, y) in new[] { (0f, 0f), (-1f / 3, 1f / 3), (0.5f, -0.2f) })
        {
            var (forward, up) = Framing.Aim(camera, anchor, x, y, tanHalf, Aspect);
            var frame = new CameraFrame(camera, forward, up, CameraFrame.FovForFocalLength(50), 1, 2);
            Assert.True(frame.TryProject(anchor, Aspect, out var ndc));
            Assert.Equal(x, ndc.X, 3);
            Assert.Equal(y, ndc.Y, 3);
            Assert.Equal(0, Vector3.Dot(Vector3.Cross(forward, up), Vector3.UnitY), 4); // no roll
        }
    }

    [Fact]
    public void A_camera_planned_inside_a_building_swings_clear()
    {
        // ADA faces +X; 90° to her left is −Z, straight into the row of buildings on an extreme-wide lens.
        var shot = new Shot("x", 0, 4, 8, ShotSize.ExtremeWide, CameraMove.Static, ["ADA"], 24, 8, 90, 1.6, "test");
        var track = CameraTrack.For(shot, World);
        var set = World.SetFor(0);
        Assert.NotNull(track.Adjustment);
        var p = track.Sample(6).Position;
        Assert.DoesNotContain(set.Obstacles, o => o.Contains(p));
        Assert.True(track.Sample(6).TryProject(World.Actor("ADA", 6)!.Value.Eyes, Aspect, out var ndc));
        Assert.InRange(ndc.Y, -1, 1);
    }

    [Fact]
    public void Handheld_sways_slowly_within_a_few_centimetres()
    {
        var shot = new Shot("hh", 0, 4, 10, ShotSize.Medium, CameraMove.Handheld, ["ADA"], 50, 2.8, 30, 1.6, "test");
        var track = CameraTrack.For(shot, World);
        var still = CameraTrack.For(shot with { Move = CameraMove.Follow }, World);
        double most = 0;
        for (double t = 4; t < 10; t += 1.0 / Fps) most = Math.Max(most, Vector3.Distance(track.Sample(t).Position, still.Sample(t).Position));
        Assert.InRange(most, 0.005, 0.06);
        var report = CoverageReport.Compute(new ShotList([shot with { Start = 4, End = 10 }]), [track], World);
        Assert.True(report.Shots[0].WithinRig, string.Join("; ", report.Shots[0].Problems));
    }

    [Theory]
    [InlineData(CameraMove.DollyIn)]
    [InlineData(CameraMove.DollyOut)]
    [InlineData(CameraMove.Crane)]
    [InlineData(CameraMove.Orbit)]
    [InlineData(CameraMove.Pan)]
    [InlineData(CameraMove.Truck)]
    public void Every_move_keeps_within_its_rig_and_the_frame(CameraMove move)
    {
        var shot = new Shot("m", 1, 34, 40, move == CameraMove.Crane ? ShotSize.Wide : ShotSize.Full, move, ["ADA"],
            move == CameraMove.Crane ? 32 : 35, 4, 40, 1.5, "test");
        var track = CameraTrack.For(shot, World);
        var report = CoverageReport.Compute(new ShotList([shot]), [track], World);
        var c = report.Shots[0];
        output.WriteLine($"{move}: v={c.MaxSpeed:0.00} a={c.MaxAcceleration:0.00} j={c.MaxJerk:0.00} w={c.MaxAngularSpeed:0.00} out={c.EyesOutOfFrame:P0} {track.Adjustment}");
        Assert.True(c.WithinRig, string.Join("; ", c.Problems));
        Assert.Equal(0, c.BlockedFrames);
    }
}

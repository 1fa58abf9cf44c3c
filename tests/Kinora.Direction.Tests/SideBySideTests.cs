using System.Collections.Immutable;
using System.Numerics;
using Kinora.Core;
using Kinora.Production;
using Kinora.Script;
using Kinora.World;

namespace Kinora.Direction.Tests;

/// <summary>
/// Issue 5's cases for `kinora check`: two people side by side (a car's front seats, a diner counter) talking, whose
/// facing runs along neither side of their line; a subject who bends to pick something up in a locked-off medium;
/// and the lead room easing across a pan on a wide lens.
/// </summary>
public sealed class SideBySideTests
{
    static readonly SideBySideWorld World = SideBySideWorld.Make();
    static readonly ShotList Plan = Director.Plan(World);
    static readonly CameraTrack[] Tracks = Plan.Shots.Select(s => CameraTrack.For(s, World)).ToArray();

    [Fact]
    public void Two_people_side_by_side_are_covered_from_one_side_of_their_line()
    {
        int dialogue = 0;
        var sides = new HashSet<int>();
        foreach (var track in Tracks)
        {
            if (!IsDialogue(track.Shot)) continue;
            dialogue++;
            for (double t = track.Shot.Start; t < track.Shot.End; t += 1.0 / 24)
            {
                var ada = World.Actor("ADA", t)!.Value.Position;
                var ben = World.Actor("BEN", t)!.Value.Position;
                float offset = Vector3.Dot(track.Sample(t).Position - ada, Yaw.Left(ben - ada));
                Assert.True(Math.Abs(offset) > 0.05f, $"{track.Shot.Id} at {t:0.00}: camera on the line");
                sides.Add(Math.Sign(offset));
            }
        }
        Assert.True(dialogue >= 4, $"only {dialogue} dialogue shots");
        Assert.Single(sides);
        // They face −Z: the side they face is the one their singles can be shot from.
        var a = World.Actor("ADA", 10)!.Value.Position;
        var b = World.Actor("BEN", 10)!.Value.Position;
        Assert.Equal(Math.Sign(Vector3.Dot(-Vector3.UnitZ, Yaw.Left(b - a))), sides.Single());
        Assert.Equal(0, CoverageReport.Compute(Plan, Tracks, World).LineViolations);
    }

    [Fact]
    public void A_camera_swung_clear_of_a_wall_keeps_the_pairs_line()
    {
        // A single on ADA at 60° round to her right, in front of BEN, with a pillar where that camera would stand:
        // the swing that clears it must not carry the camera past the profile, behind the pair.
        var shot = new Shot("s001-02", 0, 10, 14, ShotSize.MediumClose, CameraMove.Static, ["ADA", "BEN"], 50, 2.8, -60, 1.2, "test")
        {
            Type = ShotType.Single,
        };
        var walled = World.WithWall();
        var track = CameraTrack.For(shot, walled);
        var ada = walled.Actor("ADA", 12)!.Value.Position;
        var ben = walled.Actor("BEN", 12)!.Value.Position;
        var left = Yaw.Left(ben - ada);
        float planned = Vector3.Dot(CameraTrack.For(shot, World).Sample(12).Position - ada, left);
        float actual = Vector3.Dot(track.Sample(12).Position - ada, left);
        Assert.NotNull(track.Adjustment);
        Assert.True(planned * actual > 0 && Math.Abs(actual) > 0.05f, $"planned {planned:0.00} m, swung to {actual:0.00} m off the line");
    }

    [Fact]
    public void A_locked_off_medium_on_someone_bending_down_tilts_with_them()
    {
        var shot = Plan.Shots.Single(s => s.Start < SideBySideWorld.BendAt && s.End > SideBySideWorld.BendAt + 1);
        Assert.Equal("BEN", shot.Primary);
        Assert.NotEqual(CameraMove.Static, shot.Move);
        var report = CoverageReport.Compute(Plan, Tracks, World);
        var check = report.Shots.Single(c => c.Id == shot.Id);
        Assert.True(check.EyesOutOfFrame <= CoverageReport.EyesOutAllowed, $"{shot.Id} ({shot.Move}): eyes out of frame {check.EyesOutOfFrame:P0}");
    }

    [Fact]
    public void The_coverage_report_is_clean()
    {
        var report = CoverageReport.Compute(Plan, Tracks, World);
        Assert.True(report.Clean, string.Join("; ", report.Shots.Where(s => !s.Clean).Select(s => $"{s.Id}: {string.Join(", ", s.Problems)}")));
    }

    [Theory]
    [InlineData(18, 1.3)]
    [InlineData(24, 2.0)]
    [InlineData(35, 1.5)]
    public void Lead_room_easing_across_a_pan_leaves_the_aim_its_share_of_the_tripods_turn(double focal, double duration)
    {
        float aspect = 16f / 9f;
        float end = CameraTrack.EaseLeadRoom(Framing.UpperThird, -Framing.UpperThird, focal, aspect, duration, CameraRig.Tripod);
        double k = Math.Tan(CameraFrame.FovForFocalLength(focal) / 2.0) * aspect;
        double swing = Math.Abs(Math.Atan(end * k) - Math.Atan(Framing.UpperThird * k));
        double peak = MinimumJerk.PeakSpeed * swing / duration;
        Assert.True(peak <= 0.15 * CameraRig.Tripod.MaxAngularSpeed + 1e-6, $"lead room turns the view at {peak:0.000} rad/s");
        Assert.True(end < Framing.UpperThird, "the lead room still moves toward the new look");
    }

    [Fact]
    public void A_follow_planned_into_a_dresser_is_checked_where_the_smoothed_camera_really_runs()
    {
        // ADA crosses the kitchen (34..42 s, −X to +X); a full shot from her front right, carried along with her,
        // would end inside the dresser at x 7.5..9.7, z 2.5..6.
        var world = FakeWorld.Film();
        var shot = new Shot("s002-02", 1, 34, 42, ShotSize.Full, CameraMove.Follow, ["ADA"], 35, 4, -35, 1.5, "test") { Type = ShotType.Single };
        var track = CameraTrack.For(shot, world);
        Assert.NotNull(track.Adjustment);
        var set = world.SetFor(1);
        for (double t = shot.Start; t < shot.End; t += 1.0 / 24)
        {
            var p = track.Sample(t).Position;
            Assert.False(set.Obstacles.Any(o => o.Contains(p)), $"camera inside the set at {t:0.00} s: {p}");
            var eyes = world.Actor("ADA", t)!.Value.Eyes;
            Assert.True(new Vector2(p.X - eyes.X, p.Z - eyes.Z).Length() > 0.9f, $"ADA walks into the lens at {t:0.00} s");
        }
        var check = CoverageReport.Compute(new ShotList([shot]), [track], world).Shots.Single();
        Assert.True(check.Clean, string.Join(", ", check.Problems));
    }

    static bool IsDialogue(Shot shot) =>
        World.Production.Scenes.First(s => s.Index == shot.Scene).Beats
            .OrderByDescending(b => Math.Min(b.End, shot.End) - Math.Max(b.Start, shot.Start)).First().Kind == BeatKind.Dialogue;
}

/// <summary>
/// One 40 s scene at a diner counter (interior, 3 m ceiling, the counter in front of them): ADA and BEN sit side by
/// side 0.8 m apart, both facing −Z, and talk; at 30..34 s BEN bends down to pick up a bag (his eyes drop 0.6 m and
/// come back) in an action beat.
/// </summary>
internal sealed class SideBySideWorld : IWorldView
{
    public const double BendAt = 30.5;
    readonly SetGeometry set;

    SideBySideWorld(Kinora.Production.Production production, SetGeometry set)
    {
        Production = production;
        this.set = set;
    }

    public Kinora.Production.Production Production { get; }

    public static SideBySideWorld Make()
    {
        var diner = new LocationSpec("DINER", LocationKind.Kitchen, 21, 51.5, 172);
        static SourceLocation Where(int line) => new("diner.fountain", line, 1);
        var scene = new ScenePlan(0, "INT. DINER - NIGHT", diner, true, new StoryTime(172, 22), "clear", 0, 40, ["ADA", "BEN"],
        [
            new Beat(0, 0, 5, BeatKind.Establish, null, null, "establish", "A late diner.", null, Where(1)),
            new Beat(1, 5, 9, BeatKind.Dialogue, "ADA", "BEN", "talk", "You're late again.", null, Where(3)),
            new Beat(2, 9, 13, BeatKind.Dialogue, "BEN", "ADA", "talk", "The bus broke down outside town.", null, Where(5)),
            new Beat(3, 13, 17, BeatKind.Dialogue, "ADA", "BEN", "talk", "It always does, doesn't it.", null, Where(7)),
            new Beat(4, 17, 22, BeatKind.Dialogue, "BEN", "ADA", "talk", "I never lied to you about that.", null, Where(9)),
            new Beat(5, 22, 26, BeatKind.Dialogue, "ADA", "BEN", "talk", "Then eat your pie.", null, Where(11)),
            new Beat(6, 26, 29.5, BeatKind.Dialogue, "BEN", "ADA", "talk", "Fine. I will.", null, Where(13)),
            new Beat(7, 29.5, 35, BeatKind.Action, "BEN", null, "pick up", "BEN picks up his bag.", null, Where(15)),
            new Beat(8, 35, 40, BeatKind.Dialogue, "ADA", "BEN", "talk", "Where are you going now?", null, Where(17)),
        ], "CUT", Where(1));
        var bible = new Bible("Diner", 3, new FilmFormat(1280, 720, 24), new Style("natural", 0),
        [
            new CastMember("ADA", 34, "slim", 1.75, new Rgb(200, 160, 130), new Rgb(40, 30, 20), "long", "coat", new Rgb(90, 20, 20), new Rgb(20, 20, 30), "none", new Voice("en-us+f3", 50, 160)),
            new CastMember("BEN", 40, "average", 1.85, new Rgb(180, 140, 110), new Rgb(20, 20, 20), "short", "jacket", new Rgb(30, 40, 90), new Rgb(30, 30, 30), "none", new Voice("en-us+m3", 40, 150)),
        ],
        [diner]);
        var production = new Kinora.Production.Production(new Screenplay("diner.fountain", [], []), bible, [scene]);
        return new SideBySideWorld(production, Room([]));
    }

    /// <summary>The same scene with a pillar at ADA's front right, where a medium close-up single at −60° would stand.</summary>
    public SideBySideWorld WithWall() =>
        new(Production, Room([new Aabb(new Vector3(0.5f, 0, -0.75f), new Vector3(0.8f, 2.2f, -0.45f))]));

    static SetGeometry Room(Aabb[] extra) => new("diner/21", [], new Aabb(new Vector3(-7.7f, 0, -7.7f), new Vector3(7.7f, 0, 7.7f)),
        [
            new Aabb(new Vector3(-8, 0, -8), new Vector3(8, 3, -7.7f)),
            new Aabb(new Vector3(-8, 0, 7.7f), new Vector3(8, 3, 8)),
            new Aabb(new Vector3(-8, 0, -8), new Vector3(-7.7f, 3, 8)),
            new Aabb(new Vector3(7.7f, 0, -8), new Vector3(8, 3, 8)),
            .. extra,
        ],
        [new Vector3(-0.4f, 0, 0), new Vector3(0.4f, 0, 0)], true, 3);

    public SetGeometry SetFor(int sceneIndex) => set;

    public ActorState? Actor(string name, double t)
    {
        if (t < 0 || t >= 41) return null;
        float height = name == "ADA" ? 1.75f : name == "BEN" ? 1.85f : 0;
        if (height == 0) return null;
        var position = new Vector3(name == "ADA" ? -0.4f : 0.4f, 0, 0);
        const float facing = 0; // both face −Z, side by side along X
        var forward = new Vector3(0, 0, -1);
        float sitting = 0.62f * height;
        float bend = 0;
        if (name == "BEN" && t > BendAt && t < BendAt + 3)
        {
            double u = (t - BendAt) / 3;
            bend = (float)(0.6 * Math.Sin(Math.PI * u) * Math.Sin(Math.PI * u));
        }
        var eyes = position + new Vector3(0, sitting - bend, 0) + forward * (0.09f + 0.3f * bend);
        bool speaking = Production.Scenes[0].Beats.Any(b => b.Kind == BeatKind.Dialogue && b.Subject == name && t >= b.Start && t < b.End);
        return new ActorState(name, position, facing, eyes, height, Vector3.Zero, speaking);
    }
}

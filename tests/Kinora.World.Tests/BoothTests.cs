using System.Numerics;
using Kinora.Production;

namespace Kinora.World.Tests;

/// <summary>A talk in a diner is played at a booth: the cast seated across the table, as its customers are.</summary>
public sealed class BoothTests
{
    static readonly LocationSpec Diner = new("Diner", LocationKind.Diner, 11, 40, 80);

    static WorldModel Talk(string[] cast, params Beat[] more)
    {
        var beats = new List<Beat>
        {
            Staging.Say(0, 0.5, 8, cast[0], cast[1]),
            Staging.Say(1, 8, 16, cast[1], cast[0]),
        };
        beats.AddRange(more);
        var scene = Staging.Scene(0, Diner, 0, 24, cast, [.. beats.OrderBy(b => b.Start)], 13) with { Heading = "INT. DINER - DAY", Interior = true };
        return WorldModel.Build(Staging.Film(cast.Select(n => Staging.Member(n)), scene));
    }

    [Fact]
    public void Two_friends_talking_in_a_diner_sit_across_a_booth_table_facing_each_other()
    {
        var world = Talk(["ADA", "BEN"], Staging.Do(2, 16, 24, "ADA", "stand", "BEN") with { Text = "They argue about music." });
        var ada = world.BlockingFor(0).Track("ADA")!.SeatedOn;
        var ben = world.BlockingFor(0).Track("BEN")!.SeatedOn;
        Assert.True(ada is { Tucked: true } && ben is { Tucked: true }, "both in a booth");
        Assert.InRange(MathF.Abs(ActorTrack.WrapPi(ada!.Value.Facing - ben!.Value.Facing)), MathF.PI - 0.05f, MathF.PI + 0.05f);
        Assert.InRange(Vector3.Distance(ada.Value.Position, ben.Value.Position), 0.8f, 1.6f);
        foreach (var t in new[] { 0.0, 6.0, 12.0, 23.5 })
            foreach (var name in new[] { "ADA", "BEN" })
            {
                var pose = world.Pose(name, t)!;
                Assert.InRange(pose.Pelvis.Y, 0.44f, 0.44f + 0.25f);   // hips on the bench all scene long, "argue" included
            }
        // Each looks across at the other: the partner is ahead of them.
        var a = world.Actor("ADA", 6)!.Value;
        var b = world.Actor("BEN", 6)!.Value;
        Assert.True(Vector3.Dot(Vector3.Normalize((b.Eyes - a.Eyes) with { Y = 0 }), a.Forward) > 0.7f);
    }

    [Fact]
    public void Someone_who_comes_in_walks_to_the_booth_and_slides_in_and_a_line_that_has_them_get_up_keeps_them_standing()
    {
        var world = Talk(["ADA", "BEN"], Staging.Do(2, 0, 0.5, "BEN", "enter") with { Text = "BEN comes in." });
        var ben = world.BlockingFor(0).Track("BEN")!;
        Assert.Equal([ActorTrack.SegmentKind.Turn, ActorTrack.SegmentKind.Move], ben.Segments.Take(2).Select(s => s.Kind));
        Assert.Equal(ActorTrack.SegmentKind.SitDown, ben.Segments.Last(s => s.Kind != ActorTrack.SegmentKind.Turn).Kind);
        Assert.True(ben.SeatedOn is { Tucked: true });
        Assert.InRange(world.Pose("BEN", 23.5)!.Pelvis.Y, 0.44f, 0.69f);
        Assert.True(world.Pose("BEN", 0.2)!.Pelvis.Y > 0.8f, "BEN is on his feet as he comes in");

        var standing = Talk(["ADA", "BEN"], Staging.Do(2, 16, 24, "ADA", "stand") with { Text = "ADA gets up." });
        Assert.Null(standing.BlockingFor(0).Track("ADA")!.SeatedOn);
        Assert.Null(standing.BlockingFor(0).Track("BEN")!.SeatedOn);
    }

    [Fact]
    public void Someone_who_walks_again_after_speaking_keeps_the_talk_on_its_feet()
    {
        var world = Talk(["ADA", "BEN"], Staging.Do(2, 16, 22, "ADA", "walk", "BEN"));
        Assert.Null(world.BlockingFor(0).Track("ADA")!.SeatedOn);
        Assert.Null(world.BlockingFor(0).Track("BEN")!.SeatedOn);
    }

    [Fact]
    public void Three_friends_whose_only_line_is_that_they_argue_about_music_still_sit_in_a_booth()
    {
        // The 30 s film of the drive-and-diner prompt: no spoken lines in the diner, one action line.
        string[] cast = ["OWEN", "MARCO", "NOAH"];
        var scene = Staging.Scene(0, Diner, 0, 10, cast, [Staging.Do(0, 0, 10, "OWEN", "stand") with { Text = "OWEN, MARCO and NOAH argue about music." }], 13)
            with { Heading = "INT. DINER - DAY", Interior = true };
        var world = WorldModel.Build(Staging.Film(cast.Select(n => Staging.Member(n)), scene));
        foreach (var name in cast)
        {
            Assert.True(world.BlockingFor(0).Track(name)!.SeatedOn is { Tucked: true }, $"{name} in a booth");
            foreach (var t in new[] { 0.5, 5.0, 9.5 }) Assert.InRange(world.Pose(name, t)!.Pelvis.Y, 0.44f, 0.69f);
        }

        // A line with no talk in it ("they wait by the counter") leaves them on their feet.
        var waiting = scene with { Beats = [scene.Beats[0] with { Text = "OWEN, MARCO and NOAH wait by the counter." }] };
        var standing = WorldModel.Build(Staging.Film(cast.Select(n => Staging.Member(n)), waiting));
        Assert.True(standing.Pose("OWEN", 5)!.Pelvis.Y > 0.8f);
    }

    [Fact]
    public void A_booth_sitter_reaches_into_its_own_booth_and_nothing_else_of_the_set()
    {
        // As the continuity check measures it: a body 0.2 m round, over its seat, against the set's solid boxes.
        const float radius = 0.2f;
        static bool Enters(Vector3 p, Aabb box)
        {
            float dx = Math.Max(Math.Max(box.Min.X - p.X, 0), p.X - box.Max.X), dz = Math.Max(Math.Max(box.Min.Z - p.Z, 0), p.Z - box.Max.Z);
            return dx * dx + dz * dz < radius * radius;
        }
        var world = Talk(["ADA", "BEN"]);
        var set = world.SetFor(0);
        var solid = set.Obstacles.Where(o => o.Max.Y > set.Stage.Min.Y + 0.1f).ToArray();
        var sitters = world.BlockingFor(0).Tracks.Concat(world.ExtrasFor(0).Extras.Where(e => e.Role == ExtraRole.Seated).Select(e => e.Track)).ToArray();
        Assert.True(sitters.Length >= 3, $"{sitters.Length} sitters");
        int own = 0, checkedFrames = 0;
        foreach (var track in sitters)
            for (double t = 0.5; t < 24; t += 0.5)
            {
                var m = track.Sample(t);
                if (m.Seat is not { Tucked: true } seat || m.Sit < 1) continue;
                Assert.NotNull(seat.Furniture);
                var centre = Vector3.Lerp(m.Position, seat.Position, m.Sit);
                checkedFrames++;
                foreach (var box in solid)
                {
                    if (!Enters(centre, box)) continue;
                    Assert.True(seat.Holds(box), $"{track.Name} at {t:0.0} s reaches into {box}, not part of the booth");
                    own++;
                }
            }
        Assert.True(checkedFrames > 100, $"{checkedFrames} seated samples");
        Assert.True(own > 0, "a sitter's knees are under their own table");

        // Seats know their own booth only: one booth's seat does not hold the next booth's benches.
        var seats = set.Seats.Where(x => x.Tucked).ToArray();
        var a = seats[0];
        var far = seats.First(x => Vector3.Distance(x.Position, a.Position) > 2.5f);
        var farBench = solid.First(box => far.Holds(box) && Enters(far.Position, box));
        Assert.False(a.Holds(farBench));
    }
}

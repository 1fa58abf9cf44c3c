using System.Numerics;
using Kinora.Production;
using static Kinora.World.Tests.Staging;

namespace Kinora.World.Tests.Things;

public class KiteTests
{
    static Beat Act(int i, double start, double end, string who, string verb, string text) =>
        new(i, start, end, BeatKind.Action, who, null, verb, text, null, Nowhere);

    static WorldModel Meadow(long seed = 3)
    {
        var where = new LocationSpec("Meadow", LocationKind.Meadow, seed, 50, 170);
        var film = Film([Member("JUNE", 1.4, 10, "slim", "raincoat", "long")], Scene(0, where, 0, 20, ["JUNE"],
        [
            Act(0, 0, 4, "JUNE", "stand", "JUNE waits, grinning."),
            Act(1, 4, 14, "JUNE", "walk", "JUNE follows a red kite across the meadow."),
            Act(2, 14, 20, "JUNE", "stand", "JUNE waits by the gate."),
        ]));
        return WorldModel.Build(film);
    }

    [Fact]
    public void The_kite_flies_red_on_its_line_above_the_ground_and_moves_smoothly()
    {
        var world = Meadow();
        Assert.Equal(new Kinora.Core.Rgb(176, 38, 36), world.Kite!.Colour);
        var kite = world.KiteFor(0)!;
        Assert.InRange(kite.LineLength, 15f, 30f);
        Vector3? last = null;
        float worstStep = 0, lowest = float.MaxValue, farthest = 0;
        for (int n = 0; n < 20 * 24; n++)
        {
            double t = n / 24.0;
            var p = kite.Position(t);
            farthest = MathF.Max(farthest, Vector3.Distance(p, kite.Hand(t)));
            lowest = MathF.Min(lowest, p.Y);
            if (last is { } l) worstStep = MathF.Max(worstStep, Vector3.Distance(l, p));
            last = p;
        }
        Assert.True(farthest <= kite.LineLength, $"the kite is {farthest:0.00} m from the hand on a {kite.LineLength:0.00} m line");
        Assert.True(lowest > 6f, $"the kite came down to {lowest:0.00} m");
        // A walker's 1.3 m/s plus the kite's own swing: well under half a metre a frame at 24 fps.
        Assert.True(worstStep < 0.4f, $"the kite jumped {worstStep:0.00} m between frames");
    }

    [Fact]
    public void The_kite_is_drawn_with_its_sail_in_the_named_colour_and_its_line()
    {
        var world = Meadow();
        var frame = world.Sample(8);
        var red = new Kinora.Core.Rgb(176, 38, 36).Linear;
        Assert.Contains(frame.Dynamic, i => i.Shape == Primitive.Box && Vector3.Distance(i.Material.Albedo, red) < 1e-4f && i.Transform.Translation.Y > 6);
        var kite = world.KiteFor(0)!;
        // The line: thin rods from the hand up to the kite.
        int rods = frame.Dynamic.Count(i => i.Shape == Primitive.Cylinder && Vector3.Distance(i.Transform.Translation, kite.Hand(8)) < kite.LineLength);
        Assert.True(rods >= 14, $"only {rods} rods of line and spar");
    }

    [Fact]
    public void The_kite_flies_the_same_for_the_same_seed_and_differently_for_another()
    {
        var a = Meadow(3).KiteFor(0)!;
        var b = Meadow(3).KiteFor(0)!;
        for (double t = 0; t < 20; t += 0.7) Assert.Equal(a.Position(t), b.Position(t));
        var other = WorldModel.Build(Meadow(3).Production with { Bible = Meadow(3).Production.Bible with { Seed = 99 } }).KiteFor(0)!;
        Assert.NotEqual(a.Position(5), other.Position(5));
    }

    [Fact]
    public void The_kite_leads_the_way_its_holder_walks_and_the_camera_may_frame_it()
    {
        var world = Meadow();
        var kite = world.KiteFor(0)!;
        var track = world.BlockingFor(0).Track("JUNE")!;
        var travel = (track.Position - track.Home) with { Y = 0 };
        if (travel.Length() > 2) Assert.True(Vector3.Dot(Vector3.Normalize(travel), kite.Downwind) > 0.99f);
        var state = world.Subject(Kite.SubjectName, 8);
        Assert.NotNull(state);
        Assert.Equal(kite.Position(8), state!.Value.Eyes);
        Assert.Equal([(Kite.SubjectName, "JUNE")], world.Airborne(0));
    }

    [Fact]
    public void No_kite_flies_where_no_line_names_one()
    {
        var world = WorldModel.Build(WalkAndTalk(LocationKind.Meadow));
        Assert.Null(world.Kite);
        Assert.Null(world.KiteFor(0));
        Assert.Null(world.Subject(Kite.SubjectName, 5));
    }
}

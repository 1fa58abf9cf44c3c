using System.Numerics;
using Kinora.Production;

namespace Kinora.World.Tests;

public sealed class ExtrasTests
{
    static Kinora.Production.Production Busy(LocationKind kind, string words, double hour = 10, long seed = 11)
    {
        var where = new LocationSpec("Place", kind, seed, 40, 80);
        var scene = Staging.Scene(0, where, 0, 24, ["ADA", "BEN"],
        [
            new Beat(0, 0, 0.5, BeatKind.Establish, null, null, "", words, null, Staging.Nowhere),
            Staging.Say(1, 0.5, 3, "ADA", "BEN"),
            Staging.Do(2, 3, 9, "ADA", "walk"),
            Staging.Say(3, 9, 12, "BEN", "ADA"),
            Staging.Do(4, 12, 18, "BEN", "walk", "ADA"),
            Staging.Say(5, 18, 21, "ADA", "BEN"),
        ], hour);
        return Staging.Film([Staging.Member("ADA", 1.65, 70, "slim", "coat", "bun"), Staging.Member("BEN", 1.85, 30, "heavy", "raincoat", "short", "cap")], scene);
    }

    static float Flat(Vector3 v) => MathF.Sqrt(v.X * v.X + v.Z * v.Z);

    [Fact]
    public void Extras_are_the_same_for_the_same_seed()
    {
        var film = Busy(LocationKind.Street, "A busy market street; children run to school.");
        var a = WorldModel.Build(film).ExtrasFor(0).Extras;
        var b = WorldModel.Build(film).ExtrasFor(0).Extras;
        Assert.NotEmpty(a);
        Assert.Equal(a.Select(e => e.Name), b.Select(e => e.Name));
        for (double t = 0; t < 24; t += 0.9)
            for (int i = 0; i < a.Length; i++)
            {
                Assert.Equal(SceneExtras.Perform(a[i], t).State, SceneExtras.Perform(b[i], t).State);
                Assert.Equal(a[i].Body.Member, b[i].Body.Member);
            }
    }

    [Fact]
    public void Children_are_shorter_than_the_grown_ups()
    {
        var extras = WorldModel.Build(Busy(LocationKind.Street, "Children run to school past the market.")).ExtrasFor(0).Extras;
        var children = extras.Where(e => e.Child).ToList();
        var adults = extras.Where(e => !e.Child).ToList();
        Assert.NotEmpty(children);
        Assert.NotEmpty(adults);
        Assert.All(children, c => Assert.InRange(c.Body.Member.Age, 6, 12));
        Assert.True(children.Max(c => c.Body.Skeleton.Height) < adults.Min(a => a.Body.Skeleton.Height) - 0.05f);
        Assert.True(children.Max(c => c.Body.Skeleton.Height) <= 1.5f);
    }

    [Theory]
    [InlineData(LocationKind.Street, "A busy street; children run to school.")]
    [InlineData(LocationKind.Kitchen, "A busy restaurant kitchen.")]
    [InlineData(LocationKind.Diner, "The diner is crowded.")]
    [InlineData(LocationKind.Harbour, "The market opens on the quay.")]
    public void Extras_never_overlap_the_cast_each_other_or_the_set(LocationKind kind, string words)
    {
        var world = WorldModel.Build(Busy(kind, words));
        var extras = world.ExtrasFor(0).Extras;
        Assert.NotEmpty(extras);
        var set = world.SetFor(0);
        var solid = set.Obstacles.Where(o => o.Max.Y > set.Stage.Min.Y + 0.1f).ToArray();
        const float body = 0.2f;
        var before = new BodyPose?[extras.Length];
        double slide = 0;
        for (double t = 0; t < 24; t += 1.0 / 24)
        {
            var states = extras.Select(e => SceneExtras.Perform(e, t)).ToArray();
            var cast = new[] { "ADA", "BEN" }.Select(n => world.Actor(n, t)).OfType<ActorState>().ToArray();
            for (int i = 0; i < states.Length; i++)
            {
                var p = states[i].State.Position;
                foreach (var c in cast) Assert.True(Flat(c.Position - p) >= 2 * body, $"{extras[i].Name} overlaps {c.Name} at {t:0.00}");
                for (int j = i + 1; j < states.Length; j++)
                    Assert.True(Flat(states[j].State.Position - p) >= 2 * body, $"{extras[i].Name} overlaps {extras[j].Name} at {t:0.00}");
                foreach (var box in solid)
                {
                    float dx = Math.Max(Math.Max(box.Min.X - p.X, 0), p.X - box.Max.X), dz = Math.Max(Math.Max(box.Min.Z - p.Z, 0), p.Z - box.Max.Z);
                    Assert.True(dx * dx + dz * dz >= body * body, $"{extras[i].Name} enters the set at {t:0.00}");
                }
                var pose = states[i].Pose;
                if (before[i] is { } b)
                {
                    if (b.LeftFootPlanted && pose.LeftFootPlanted) slide = Math.Max(slide, Vector3.Distance(b.LeftAnkle, pose.LeftAnkle));
                    if (b.RightFootPlanted && pose.RightFootPlanted) slide = Math.Max(slide, Vector3.Distance(b.RightAnkle, pose.RightAnkle));
                }
                before[i] = pose;
            }
        }
        Assert.True(slide < 0.02, $"a planted foot slides {slide * 100:0.0} cm");
    }

    [Fact]
    public void In_a_diner_customers_sit_in_the_booths_facing_their_tables()
    {
        // The diner's booths are tucked seats (feet under the table): extras seated when the scene opens, hips on
        // the bench (0.44 m) and knees toward the table, none standing where a booth is.
        var where = new LocationSpec("Diner", LocationKind.Diner, 11, 40, 80);
        var scene = Staging.Scene(0, where, 0, 24, ["ADA", "BEN"],
        [
            new Beat(0, 0, 0.5, BeatKind.Establish, null, null, "", "The diner is crowded.", null, Staging.Nowhere),
            Staging.Say(1, 0.5, 12, "ADA", "BEN"),
            Staging.Say(2, 12, 24, "BEN", "ADA"),
        ], 20) with { Heading = "INT. DINER - NIGHT", Interior = true };
        var world = WorldModel.Build(Staging.Film([Staging.Member("ADA"), Staging.Member("BEN")], scene));
        var set = world.SetFor(0);
        var seated = world.ExtrasFor(0).Extras.Where(e => e.Role == ExtraRole.Seated).ToArray();
        Assert.True(seated.Length >= 2, $"{seated.Length} seated");
        foreach (var e in seated)
        {
            var (pose, state) = SceneExtras.Perform(e, 6);
            var seat = set.Seats.Where(s => s.Tucked).OrderBy(s => Flat(s.Position - state.Position)).First();
            Assert.True(Flat(seat.Position - state.Position) < 0.6f, $"{e.Name} is {Flat(seat.Position - state.Position):0.00} m from a booth seat");
            Assert.InRange(pose.Pelvis.Y, 0.44f, 0.44f + 0.25f);
            float towardTable = Vector3.Dot(pose.LeftKnee - pose.LeftHip, seat.Forward);
            Assert.True(towardTable > 0.2f, $"{e.Name}'s knees point {towardTable:0.00} m toward the table");
        }
    }

    [Fact]
    public void A_deserted_scene_has_no_extras()
    {
        Assert.Empty(WorldModel.Build(Busy(LocationKind.Street, "The street is deserted.")).ExtrasFor(0).Extras);
        Assert.NotEmpty(WorldModel.Build(Busy(LocationKind.Street, "The street in the morning.")).ExtrasFor(0).Extras);
        Assert.Empty(WorldModel.Build(Busy(LocationKind.Forest, "A quiet wood.")).ExtrasFor(0).Extras);
    }

    [Fact]
    public void The_call_follows_place_hour_weather_and_words()
    {
        var day = CrowdCall.For(LocationKind.Street, 11, "clear", "a street");
        var night = CrowdCall.For(LocationKind.Street, 23, "clear", "a street");
        var rain = CrowdCall.For(LocationKind.Street, 11, "rain", "a street");
        var busy = CrowdCall.For(LocationKind.Street, 11, "clear", "a busy street");
        Assert.True(night.Count < day.Count && rain.Count < day.Count && busy.Count > day.Count);
        Assert.True(busy.Count <= CrowdCall.Most);
        Assert.Equal(CrowdCall.For(LocationKind.Diner, 2, "rain", "the diner").Adults, CrowdCall.For(LocationKind.Diner, 12, "clear", "the diner").Adults);
        Assert.Equal(0, CrowdCall.For(LocationKind.Street, 23, "clear", "children").Children);
        Assert.Equal(3, CrowdCall.For(LocationKind.Street, 11, "clear", "children run to school").Children);
    }

    [Fact]
    public void An_extra_looks_the_same_in_every_scene_at_the_location()
    {
        var where = new LocationSpec("Market", LocationKind.Street, 5, 40, 80);
        var other = new LocationSpec("Pier", LocationKind.Harbour, 6, 40, 80);
        var film = Staging.Film([Staging.Member("ADA"), Staging.Member("BEN")],
            Staging.Scene(0, where, 0, 12, ["ADA", "BEN"], [Staging.Say(0, 0, 4, "ADA", "BEN")]),
            Staging.Scene(1, other, 12, 24, ["ADA", "BEN"], [Staging.Say(1, 12, 16, "BEN", "ADA")]),
            Staging.Scene(2, where, 24, 36, ["ADA"], [Staging.Do(2, 24, 30, "ADA", "walk")]));
        var world = WorldModel.Build(film);
        var first = world.ExtrasFor(0).Extras.ToDictionary(e => e.Name);
        var again = world.ExtrasFor(2).Extras;
        Assert.NotEmpty(again);
        foreach (var e in again.Where(e => first.ContainsKey(e.Name)))
            Assert.Same(first[e.Name].Body.Body, e.Body.Body);
        Assert.Contains(again, e => first.ContainsKey(e.Name));
        Assert.DoesNotContain(world.ExtrasFor(1).Extras, e => first.ContainsKey(e.Name));
    }

    [Fact]
    public void Extras_are_drawn_after_the_cast()
    {
        var world = WorldModel.Build(Busy(LocationKind.Kitchen, "A busy kitchen."));
        var frame = world.Sample(5);
        Assert.Equal(frame.Actors.Length + world.ExtrasFor(0).Extras.Length, frame.Figures.Length);
        Assert.Equal(world.ExtrasFor(0).Extras.Length, world.Background(5).Count);
    }

    [Fact]
    public void A_childs_head_is_large_for_the_body()
    {
        Vector3 HeadSpan(Humanoid body)
        {
            var m = new Motion(Vector3.Zero, 0, new Vector3(-0.1f, 0, 0), new Vector3(0.1f, 0, 0), true, true, 0, null, 0, Gait.Walk, 0.7f);
            var figure = body.Figure(body.Pose(m, 0, null, 0, 0, 0, false), MouthShape.Rest);
            var skin = figure.Skin[(int)BodyJoint.Head];
            return Vector3.Transform(new Vector3(0, 0.1f, 0), skin) - Vector3.Transform(Vector3.Zero, skin);
        }
        var child = new Humanoid(Staging.Member("KIT", 1.2, 6, "slim"), 3);
        var adult = new Humanoid(Staging.Member("KAT", 1.7, 35), 3);
        Assert.InRange(HeadSpan(child).Length(), 0.112f, 0.118f);
        Assert.InRange(HeadSpan(adult).Length(), 0.099f, 0.101f);
    }
}

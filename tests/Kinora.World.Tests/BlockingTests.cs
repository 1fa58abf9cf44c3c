using System.Numerics;
using Kinora.Production;

namespace Kinora.World.Tests;

public sealed class BlockingTests
{
    const int Fps = 24;

    public static TheoryData<LocationKind> Kinds()
    {
        var data = new TheoryData<LocationKind>();
        foreach (var k in Enum.GetValues<LocationKind>()) data.Add(k);
        return data;
    }

    [Fact]
    public void A_walk_moves_the_actor_from_one_mark_to_another_within_the_beat()
    {
        var world = WorldModel.Build(Staging.WalkAndTalk(LocationKind.Street));
        var set = world.SetFor(0);
        var before = world.Actor("ADA", 3.0)!.Value;
        var after = world.Actor("ADA", 9.0)!.Value;
        Assert.Contains(set.Marks, m => Vector3.Distance(m, before.Position) < 0.01f);
        Assert.Contains(set.Marks, m => Vector3.Distance(m, after.Position) < 0.01f);
        Assert.True(Vector3.Distance(before.Position, after.Position) > 1f, "ADA should have walked somewhere");
        Assert.True(world.Actor("ADA", 6.0)!.Value.Velocity.Length() > 0.3f, "mid-walk she is moving");
        Assert.True(world.Actor("ADA", 9.0)!.Value.Velocity.Length() < 0.01f, "by the end of the beat she has arrived");
    }

    [Theory]
    [InlineData(LocationKind.Street)]
    [InlineData(LocationKind.Interior)]
    [InlineData(LocationKind.Warehouse)]
    [InlineData(LocationKind.Forest)]
    public void A_planted_foot_does_not_slide(LocationKind kind)
    {
        var world = WorldModel.Build(Staging.WalkAndTalk(kind));
        foreach (var name in new[] { "ADA", "BEN" })
        {
            Vector3? leftPlant = null, rightPlant = null;
            float worst = 0;
            int planted = 0;
            for (int i = 0; i <= 24 * 240; i++)
            {
                double t = i / 240.0;
                var pose = world.Pose(name, t)!;
                Check(pose.LeftFootPlanted, pose.LeftAnkle, ref leftPlant);
                Check(pose.RightFootPlanted, pose.RightAnkle, ref rightPlant);
            }
            Assert.True(planted > 1000);
            Assert.True(worst < 0.02f, $"{name}'s planted foot slid {worst * 100:0.0} cm");

            void Check(bool isPlanted, Vector3 ankle, ref Vector3? plant)
            {
                if (!isPlanted) { plant = null; return; }
                planted++;
                plant ??= ankle;
                worst = MathF.Max(worst, Vector2.Distance(new(plant.Value.X, plant.Value.Z), new(ankle.X, ankle.Z)));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Actors_never_overlap_obstacles_or_each_other(LocationKind kind)
    {
        foreach (long seed in new long[] { 11, 12 })
        {
            var world = WorldModel.Build(Staging.WalkAndTalk(kind, seed));
            var set = world.SetFor(0);
            for (int f = 0; f < 24 * Fps; f++)
            {
                var frame = world.Sample(f / (double)Fps);
                Assert.Equal(2, frame.Actors.Length);
                foreach (var a in frame.Actors)
                {
                    float clear = SetBuilder.Clearance(set.Obstacles, a.Position);
                    Assert.True(clear >= 0.25f, $"{kind}/{seed} frame {f}: {a.Name} at {a.Position} is {clear:0.00} m from an obstacle");
                }
                float apart = Vector3.Distance(frame.Actors[0].Position, frame.Actors[1].Position);
                Assert.True(apart >= 0.5f, $"{kind}/{seed} frame {f}: the actors are {apart:0.00} m apart");
            }
        }
    }

    [Fact]
    public void People_in_a_dialogue_face_each_other()
    {
        var world = WorldModel.Build(Staging.WalkAndTalk(LocationKind.Interior));
        foreach (double t in new[] { 2.5, 11.5, 20.5 })
        {
            var ada = world.Actor("ADA", t)!.Value;
            var ben = world.Actor("BEN", t)!.Value;
            var toBen = Vector3.Normalize(ben.Position - ada.Position);
            Assert.True(Vector3.Dot(ada.Forward, toBen) > 0.9f, $"at {t}s ADA looks away from BEN");
            Assert.True(Vector3.Dot(ben.Forward, -toBen) > 0.9f, $"at {t}s BEN looks away from ADA");
        }
        Assert.True(world.Actor("ADA", 1)!.Value.Speaking);
        Assert.False(world.Actor("BEN", 1)!.Value.Speaking);
        Assert.True(world.Actor("BEN", 10)!.Value.Speaking);
    }

    [Fact]
    public void Someone_who_sits_ends_up_on_a_seat_lower_than_standing()
    {
        var where = new LocationSpec("Parlour", LocationKind.Interior, 3, 40, 80);
        var film = Staging.Film([Staging.Member("ADA")], Staging.Scene(0, where, 0, 12, ["ADA"], [Staging.Do(0, 1, 8, "ADA", "sit")]));
        var world = WorldModel.Build(film);
        var standing = world.Pose("ADA", 0.5)!;
        var seated = world.Pose("ADA", 11.5)!;
        Assert.True(seated.Pelvis.Y < standing.Pelvis.Y - 0.2f, "she should be seated by the end");
    }

    [Fact]
    public void An_entrance_starts_far_off_and_ends_near_the_others()
    {
        var where = new LocationSpec("Yard", LocationKind.Warehouse, 4, 40, 80);
        var scene = Staging.Scene(0, where, 0, 12, ["ADA", "BEN"], [Staging.Do(0, 1, 7, "BEN", "enter"), Staging.Say(1, 7, 12, "BEN", "ADA")]);
        var world = WorldModel.Build(Staging.Film([Staging.Member("ADA"), Staging.Member("BEN")], scene));
        float before = Vector3.Distance(world.Actor("ADA", 0)!.Value.Position, world.Actor("BEN", 0)!.Value.Position);
        float after = Vector3.Distance(world.Actor("ADA", 7)!.Value.Position, world.Actor("BEN", 7)!.Value.Position);
        Assert.True(after < before, $"BEN entered from {before:0.0} m away and ended {after:0.0} m away");
    }
    [Fact]
    public void A_line_that_names_the_fire_exit_takes_its_subject_to_it_facing_the_room()
    {
        var where = new LocationSpec("Warehouse", LocationKind.Warehouse, 4, 40, 80);
        var show = Staging.Do(0, 2, 9, "SAM", "gesture") with { Text = "SAM shows how to clear a blocked fire exit." };
        var world = WorldModel.Build(Staging.Film([Staging.Member("SAM")], Staging.Scene(0, where, 0, 12, ["SAM"], [show])));
        var exit = Assert.Single(world.SetFor(0).Places, p => p.Name == "fire exit");
        var at = world.Actor("SAM", 11.5)!.Value;
        Assert.True(Vector3.Distance(at.Position with { Y = 0 }, exit.Mark) < 0.3f, $"SAM ended at {at.Position}, the fire exit's mark is {exit.Mark}");
        // Facing the room (south), with the exit and the pallet before it at the back.
        Assert.True(at.Forward.Z > 0.9f, $"SAM faces {at.Forward}");
        Assert.True(Vector3.Distance(world.Actor("SAM", 0.5)!.Value.Position with { Y = 0 }, exit.Mark) > 1f, "SAM started on the fire exit's mark");
        // A line that names no place leaves the subject on their mark.
        var plain = WorldModel.Build(Staging.Film([Staging.Member("SAM")], Staging.Scene(0, where, 0, 12, ["SAM"], [show with { Text = "SAM shows how to lift a box." }])));
        Assert.Equal(plain.Actor("SAM", 0.5)!.Value.Position, plain.Actor("SAM", 11.5)!.Value.Position);
    }
}

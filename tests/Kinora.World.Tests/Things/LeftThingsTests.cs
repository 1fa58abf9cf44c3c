using System.Collections.Immutable;
using System.Numerics;
using Kinora.Production;
using static Kinora.World.Tests.Staging;

namespace Kinora.World.Tests.Things;

/// <summary>Things carried on the person stay off the floor; things left on the floor are walked round.</summary>
public class LeftThingsTests
{
    static Beat Act(int i, double start, double end, string? who, string text) =>
        new(i, start, end, BeatKind.Action, who, null, "stand", text, null, Nowhere);

    [Theory]
    [InlineData("Ada (40s), in a grey coat, a notebook in one pocket, crosses to the corner.")]
    [InlineData("Ada waits with a map under her arm.")]
    public void A_thing_worn_or_pocketed_is_not_put_on_the_floor(string line)
    {
        var where = new LocationSpec("Street", LocationKind.Street, 5, 40, 80);
        var scene = Scene(0, where, 0, 6, ["ADA"], [Act(0, 0, 6, "ADA", line)]);
        Assert.DoesNotContain(PropCue.Read(scene), c => c.Verb == PropVerb.Bring);
    }

    [Fact]
    public void A_thing_left_flat_on_the_floor_is_an_obstacle_to_walk_round()
    {
        var book = PropCatalogue.Designs.First(d => d.Name == "book");
        var state = SetState.Untouched with
        {
            Props = SetState.Untouched.Props.Add("book", (book, RigidPose.Upright(new Vector3(1, book.RestHeight, 2)))),
        };
        var footprint = Assert.Single(SceneProps.Footprints(state));
        Assert.True(footprint.Max.Y - footprint.Min.Y >= 0.1f - 1e-4f, $"a lying book stands {footprint.Max.Y - footprint.Min.Y:0.000} m: the path planner walks over anything under 5 cm");
        Assert.InRange(footprint.Centre.X, 0.8f, 1.2f);
    }
}

using System.Numerics;
using Kinora.Production;
using Kinora.World;

namespace Kinora.Direction.Tests;

/// <summary>
/// Things hanging in a set (the kitchen's pans on their rail, a pendant lamp) stand in the line of sight like any
/// wall: a shot through them is measured as blocked, and a line below them is clear.
/// </summary>
public sealed class HangingThingsTests
{
    static readonly SetGeometry Kitchen = SetBuilder.Build(new LocationSpec("KITCHEN", LocationKind.Kitchen, 7, 45, 172));

    /// <summary>The hanging pans: copper cylinders whose centre hangs at 1.96 m under the rail.</summary>
    static IEnumerable<Vector3> Pans() => Kitchen.Instances
        .Where(i => i.Shape == Primitive.Cylinder && MathF.Abs(i.Transform.M42 - 1.96f) < 0.01f && i.Material.Metallic > 0.9f)
        .Select(i => i.Transform.Translation);

    [Fact]
    public void A_line_of_sight_through_a_hanging_pan_is_blocked()
    {
        var pans = Pans().ToArray();
        Assert.Equal(5, pans.Length);
        foreach (var pan in pans)
        {
            var camera = new Vector3(pan.X, pan.Y, pan.Z - 2f);
            var eyes = new Vector3(pan.X, pan.Y, pan.Z + 1.5f);
            Assert.NotNull(Sightline.Blocker(camera, eyes, Kitchen, [], null));
            // Half a metre lower the same line passes under the pans.
            Assert.Null(Sightline.Blocker(camera - new Vector3(0, 0.5f, 0), eyes - new Vector3(0, 0.5f, 0), Kitchen, [], null));
        }
    }

    [Fact]
    public void A_line_of_sight_through_a_pendant_lamp_is_blocked_and_the_lens_keeps_out_of_it()
    {
        // The pendant over the middle of the room: a shade (cone) from 1.85 to 2.1 m.
        var shade = new Vector3(0, 1.95f, 0);
        Assert.NotNull(Sightline.Blocker(shade + new Vector3(-2, 0, 0.3f), shade + new Vector3(2, 0, -0.3f), Kitchen, [], null));
        Assert.True(Kitchen.Volumes.Contains(shade));
        Assert.False(Kitchen.Volumes.Contains(shade - new Vector3(0, 0.6f, 0), 0.2f));
    }
}

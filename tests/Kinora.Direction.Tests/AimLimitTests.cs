using System.Numerics;
using Kinora.World;

namespace Kinora.Direction.Tests;

/// <summary>The camera's aim turns no faster than its rig allows, even when the actor snaps round.</summary>
public sealed class AimLimitTests
{
    /// <summary>ADA held still, then turning 50° in a quarter second at 36 s: her eyes swing past the lens.</summary>
    sealed class QuickTurn(FakeWorld inner) : IWorldView
    {
        public Kinora.Production.Production Production => inner.Production;

        public SetGeometry SetFor(int sceneIndex) => inner.SetFor(sceneIndex);

        public ActorState? Actor(string name, double t)
        {
            if (inner.Actor(name, 34) is not { } held) return inner.Actor(name, t);
            if (name != "ADA") return held;
            double u = Math.Clamp((t - 36) / 0.25, 0, 1);
            float turn = (float)(Yaw(50) * u * u * (3 - 2 * u));
            var eyes = Vector3.Transform(held.Eyes - held.Position, Quaternion.CreateFromAxisAngle(Vector3.UnitY, turn)) + held.Position;
            return held with { Facing = held.Facing + turn, Eyes = eyes, Velocity = Vector3.Zero };
        }

        static double Yaw(double degrees) => degrees * Math.PI / 180;
    }

    [Theory]
    [InlineData(CameraMove.DollyIn)]
    [InlineData(CameraMove.Pan)]
    [InlineData(CameraMove.Orbit)]
    public void A_snap_turn_does_not_whip_the_camera_past_its_rig(CameraMove move)
    {
        var world = new QuickTurn(FakeWorld.Film());
        var shot = new Shot("t", 1, 34, 38.5, ShotSize.Close, move, ["ADA"], 50, 2.8, 30, 1.6, "test");
        var track = CameraTrack.For(shot, world);
        var check = CoverageReport.Compute(new ShotList([shot]), [track], world).Shots[0];
        Assert.True(check.MaxAngularSpeed <= track.Rig.MaxAngularSpeed, $"{check.MaxAngularSpeed:0.00} rad/s on a {track.Rig.Name}");
        Assert.True(check.Visibility >= 0.9, string.Join("; ", check.Problems));
    }
}

using Kinora.Production;

namespace Kinora.World.Tests;

public sealed class PerformanceTests
{
    [Fact]
    public void Performance_gives_the_same_pose_and_state_as_Pose_and_Actor()
    {
        var world = WorldModel.Build(Staging.WalkAndTalk(LocationKind.Street));
        foreach (var track in world.BlockingFor(0).Tracks)
            for (double t = 0; t < 8; t += 0.37)
            {
                var (pose, state) = world.Performance(track.Name, t)!.Value;
                Assert.Equal(world.Actor(track.Name, t), state);
                var alone = world.Pose(track.Name, t)!;
                Assert.Equal(alone.LeftAnkle, pose.LeftAnkle);
                Assert.Equal(alone.Eyes, pose.Eyes);
            }
        Assert.Null(world.Performance("NOBODY", 1));
    }

    [Fact]
    public void A_planted_foot_stays_put_from_frame_to_frame()
    {
        var world = WorldModel.Build(Staging.WalkAndTalk(LocationKind.Meadow));
        foreach (var track in world.BlockingFor(0).Tracks)
        {
            BodyPose? before = null;
            for (int n = 0; n < 24 * 10; n++)
            {
                var pose = world.Pose(track.Name, n / 24.0);
                if (pose is not null && before is not null)
                {
                    if (before.LeftFootPlanted && pose.LeftFootPlanted) Assert.True(System.Numerics.Vector3.Distance(before.LeftAnkle, pose.LeftAnkle) < 0.02f);
                    if (before.RightFootPlanted && pose.RightFootPlanted) Assert.True(System.Numerics.Vector3.Distance(before.RightAnkle, pose.RightAnkle) < 0.02f);
                }
                before = pose;
            }
        }
    }
}

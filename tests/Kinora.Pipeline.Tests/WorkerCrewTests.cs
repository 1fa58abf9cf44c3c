namespace Kinora.Pipeline.Tests;

public sealed class WorkerCrewTests
{
    [Fact]
    public void On_two_cores_a_second_worker_is_taken_only_for_films_from_720p_to_1440p_with_segments_to_share()
    {
        if (Environment.ProcessorCount > 2)
        {
            Assert.InRange(WorkerCrew.DefaultSize(1920, 1080, 40), 1, Environment.ProcessorCount);
            return;
        }
        bool roomy = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes >= 8L << 30;
        Assert.Equal(roomy ? 2 : 1, WorkerCrew.DefaultSize(1920, 1080, 40));
        Assert.Equal(1, WorkerCrew.DefaultSize(3840, 2160, 40));  // 4K: one worker already keeps both cores busy
        Assert.Equal(1, WorkerCrew.DefaultSize(320, 180, 40));    // not worth a second process's start
        Assert.Equal(1, WorkerCrew.DefaultSize(1920, 1080, 2));   // nothing much to share
    }
}

namespace Kinora.Pipeline.Tests;

public sealed class DiskBudgetTests
{
    [Fact]
    public void A_film_larger_than_the_free_space_is_refused_before_a_frame_is_rendered()
    {
        string here = Path.GetTempPath();
        var e = Assert.Throws<ShootFailedException>(() => DiskBudget.Check(here, 1L << 60, here, 1L << 60));
        Assert.Contains("not enough disk space", e.Message);
        Assert.Contains("GiB", e.Message);
        DiskBudget.Check(here, 1 << 20, here, 1 << 20);
    }

    [Fact]
    public void A_two_hour_4k_film_is_estimated_at_tens_of_gigabytes_not_hundreds()
    {
        long bytes = DiskBudget.VideoBytes(2 * 3600 * 24, 3840, 2160);
        Assert.InRange(bytes / (double)(1L << 30), 10, 60);
    }
}

namespace Kinora.Pipeline.Tests;

/// <summary>Hears progress on the calling thread, unlike Progress&lt;T&gt;, which posts it elsewhere.</summary>
sealed class Listener(Action<ShootProgress> heard) : IProgress<ShootProgress>
{
    public void Report(ShootProgress value) => heard(value);
}

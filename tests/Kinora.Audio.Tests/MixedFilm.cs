namespace Kinora.Audio.Tests;

/// <summary>The two-scene test film, mixed once and shared by the tests that only read it.</summary>
public sealed class MixedFilm : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("kinora-audio-").FullName;
    public Kinora.Production.Production Production { get; } = TestFilms.TwoScenes();
    public string Path { get; }
    public SoundtrackReport Report { get; }
    public SoundtrackFiles Files { get; }
    public double MixSeconds { get; }

    public MixedFilm()
    {
        Path = System.IO.Path.Combine(Folder, "film.wav");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Files = SoundtrackFiles.Beside(Path);
        Report = SoundtrackMixer.Mix(Kinora.World.WorldModel.Build(Production), Files, SoundtrackOptions.Default);
        MixSeconds = clock.Elapsed.TotalSeconds;
        Wav = Wav.Read(Path);
    }

    internal Wav Wav { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

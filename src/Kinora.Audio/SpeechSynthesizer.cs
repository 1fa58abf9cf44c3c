using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Kinora.Core;

namespace Kinora.Audio;

/// <summary>
/// Speaks lines with espeak-ng and keeps the results for the run, keyed by the whole request (voice, pitch, rate,
/// amplitude, text). Text goes in on standard input, never on the command line, so a line that starts with "-"
/// or holds quotes is spoken, not parsed. Output is trimmed of leading and trailing silence and resampled to 48 kHz.
/// </summary>
internal sealed class SpeechSynthesizer
{
    /// <summary>Below this (−60 dBFS) espeak's output counts as silence when trimming.</summary>
    const float SilenceThreshold = 0.001f;

    readonly string executable;
    readonly int parallelism;
    readonly Dictionary<SpeechRequest, float[]> cache = [];

    public SpeechSynthesizer(string executable, int parallelism)
    {
        this.executable = executable;
        this.parallelism = Math.Max(1, parallelism);
    }

    /// <summary>How many distinct requests have been spoken so far.</summary>
    public int Count => cache.Count;

    /// <summary>
    /// Speaks every request not yet cached, <c>parallelism</c> processes at a time. Each result lands in its own
    /// slot, so the outcome does not depend on which process finishes first.
    /// </summary>
    public void Prepare(IEnumerable<SpeechRequest> requests, CancellationToken ct)
    {
        var missing = requests.Distinct().Where(r => !cache.ContainsKey(r)).ToArray();
        var results = new float[missing.Length][];
        var failures = new Exception?[missing.Length];
        Parallel.For(0, missing.Length, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = ct }, i =>
        {
            try { results[i] = Synthesise(missing[i], ct); }
            catch (Exception e) { failures[i] = e; }
        });
        // Report the first failure in request order, whichever process happened to fail first.
        var failure = failures.FirstOrDefault(f => f is not null);
        if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        for (int i = 0; i < missing.Length; i++) cache[missing[i]] = results[i];
    }

    /// <summary>The 48 kHz mono samples for a request already prepared.</summary>
    public float[] Get(SpeechRequest request) => cache[request];

    float[] Synthesise(SpeechRequest request, CancellationToken ct)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        foreach (var arg in new[]
                 {
                     "--stdout", "--stdin", "-b", "1", "-z",
                     "-v", request.Voice,
                     "-p", request.Pitch.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "-s", request.Rate.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "-a", request.Amplitude.ToString(System.Globalization.CultureInfo.InvariantCulture),
                 })
            start.ArgumentList.Add(arg);

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {executable}");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException(
                $"espeak-ng is needed to speak dialogue but '{executable}' could not be run ({e.Message}). Install it with: apt-get install espeak-ng", e);
        }

        using (process)
        using (ct.Register(() => { try { process.Kill(); } catch (InvalidOperationException) { } }))
        {
            var error = new StringBuilder();
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (error) error.AppendLine(e.Data); };
            process.BeginErrorReadLine();
            try
            {
                process.StandardInput.Write(request.Text);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // espeak-ng exited before reading its input (a bad voice, say); its exit code tells why below.
            }
            using var wav = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(wav);
            process.WaitForExit();
            ct.ThrowIfCancellationRequested();
            if (process.ExitCode != 0 || wav.Length == 0)
            {
                string why;
                lock (error) why = error.ToString().Trim();
                if (why.Contains("voice", StringComparison.OrdinalIgnoreCase))
                    throw new InputException(SourceLocation.None("bible.yaml"),
                        $"espeak-ng has no voice '{request.Voice}' ({why}); list the voices with 'espeak-ng --voices' and set the character's voice to one of them, e.g. en-us+m3");
                throw new InvalidOperationException($"espeak-ng failed (exit code {process.ExitCode}): {why}");
            }
            var (samples, rate) = WaveFile.ReadMono(wav.GetBuffer().AsSpan(0, (int)wav.Length));
            return Resampler.For(rate, AudioFormat.SampleRate).Process(Trim(samples, rate));
        }
    }

    /// <summary>Cuts espeak's lead-in and tail silence (keeping 5 ms before and 20 ms after the voice) so a line starts when it is placed.</summary>
    static ReadOnlySpan<float> Trim(float[] samples, int rate)
    {
        int first = Array.FindIndex(samples, s => Math.Abs(s) > SilenceThreshold);
        if (first < 0) return [];
        int last = Array.FindLastIndex(samples, s => Math.Abs(s) > SilenceThreshold);
        first = Math.Max(0, first - rate * 5 / 1000);
        last = Math.Min(samples.Length - 1, last + rate * 20 / 1000);
        return samples.AsSpan(first, last - first + 1);
    }
}

using System.Buffers.Binary;

namespace Kinora.Audio;

/// <summary>Reads espeak-ng's WAV output and writes the headers of the soundtrack and its stems (RIFF, little-endian).</summary>
internal static class WaveFile
{
    /// <summary>
    /// Decodes 16-bit PCM to floats in [-1, 1), mixing channels down to mono. espeak-ng writing to a pipe cannot
    /// seek back to fix the sizes, so a data chunk that claims more than is there is read to the end.
    /// </summary>
    public static (float[] Samples, int SampleRate) ReadMono(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 12 || !bytes[..4].SequenceEqual("RIFF"u8) || !bytes.Slice(8, 4).SequenceEqual("WAVE"u8))
            throw new InvalidDataException("espeak-ng did not produce a WAV file");
        int pos = 12, channels = 0, rate = 0, bits = 0;
        while (pos + 8 <= bytes.Length)
        {
            var id = bytes.Slice(pos, 4);
            long size = BinaryPrimitives.ReadUInt32LittleEndian(bytes.Slice(pos + 4, 4));
            int body = pos + 8;
            if (id.SequenceEqual("fmt "u8))
            {
                if (BinaryPrimitives.ReadUInt16LittleEndian(bytes.Slice(body, 2)) != 1) throw new InvalidDataException("WAV is not PCM");
                channels = BinaryPrimitives.ReadUInt16LittleEndian(bytes.Slice(body + 2, 2));
                rate = BinaryPrimitives.ReadInt32LittleEndian(bytes.Slice(body + 4, 4));
                bits = BinaryPrimitives.ReadUInt16LittleEndian(bytes.Slice(body + 14, 2));
            }
            else if (id.SequenceEqual("data"u8))
            {
                if (bits != 16 || channels < 1) throw new InvalidDataException("WAV is not 16-bit PCM");
                int length = (int)Math.Min(size, bytes.Length - body);
                int frames = length / (2 * channels);
                var samples = new float[frames];
                for (int f = 0; f < frames; f++)
                {
                    int sum = 0;
                    for (int c = 0; c < channels; c++) sum += BinaryPrimitives.ReadInt16LittleEndian(bytes.Slice(body + 2 * (f * channels + c), 2));
                    samples[f] = sum / (32768f * channels);
                }
                return (samples, rate);
            }
            pos = body + (int)Math.Min(size + (size & 1), bytes.Length);
        }
        throw new InvalidDataException("WAV has no data chunk");
    }

    /// <summary>The 44-byte header of a 16-bit PCM file with the given number of frames.</summary>
    public static byte[] Header(long frames, int sampleRate, int channels) => Header(frames, sampleRate, channels, 16);

    /// <summary>The 44-byte header of a PCM (16-bit) or IEEE float (32-bit) file with the given number of frames.</summary>
    public static byte[] Header(long frames, int sampleRate, int channels, int bits)
    {
        int bytes = bits / 8;
        long dataBytes = frames * channels * bytes;
        if (dataBytes > uint.MaxValue - 36) throw new ArgumentOutOfRangeException(nameof(frames), "the soundtrack is too long for a WAV file (4 GiB)");
        var h = new byte[44];
        "RIFF"u8.CopyTo(h);
        BinaryPrimitives.WriteUInt32LittleEndian(h.AsSpan(4), (uint)(36 + dataBytes));
        "WAVE"u8.CopyTo(h.AsSpan(8));
        "fmt "u8.CopyTo(h.AsSpan(12));
        BinaryPrimitives.WriteUInt32LittleEndian(h.AsSpan(16), 16);
        BinaryPrimitives.WriteUInt16LittleEndian(h.AsSpan(20), (ushort)(bits == 32 ? 3 : 1));
        BinaryPrimitives.WriteUInt16LittleEndian(h.AsSpan(22), (ushort)channels);
        BinaryPrimitives.WriteUInt32LittleEndian(h.AsSpan(24), (uint)sampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(h.AsSpan(28), (uint)(sampleRate * channels * bytes));
        BinaryPrimitives.WriteUInt16LittleEndian(h.AsSpan(32), (ushort)(channels * bytes));
        BinaryPrimitives.WriteUInt16LittleEndian(h.AsSpan(34), (ushort)bits);
        "data"u8.CopyTo(h.AsSpan(36));
        BinaryPrimitives.WriteUInt32LittleEndian(h.AsSpan(40), (uint)dataBytes);
        return h;
    }
}

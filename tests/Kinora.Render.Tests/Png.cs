using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Kinora.Render.Tests;

/// <summary>Minimal 8-bit RGB PNG writer and reader (filter 0 only, which is all the writer emits).</summary>
static class Png
{
    static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    public static void Write(string path, RgbImage image)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var raw = new MemoryStream();
        using (var z = new ZLibStream(raw, CompressionLevel.Optimal, leaveOpen: true))
        {
            for (int y = 0; y < image.Height; y++)
            {
                z.WriteByte(0);
                z.Write(image.Pixels, y * image.Width * 3, image.Width * 3);
            }
        }
        string temp = path + ".tmp";
        using (var file = File.Create(temp))
        {
            file.Write(Signature);
            var header = new byte[13];
            BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(0), image.Width);
            BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), image.Height);
            header[8] = 8; // bit depth
            header[9] = 2; // truecolour
            Chunk(file, "IHDR", header);
            Chunk(file, "IDAT", raw.ToArray());
            Chunk(file, "IEND", []);
        }
        File.Move(temp, path, overwrite: true);
    }

    static void Chunk(Stream s, string type, byte[] data)
    {
        Span<byte> four = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(four, data.Length);
        s.Write(four);
        byte[] typeBytes = Encoding.ASCII.GetBytes(type);
        s.Write(typeBytes);
        s.Write(data);
        uint crc = Crc32(typeBytes, 0xFFFFFFFFu);
        crc = Crc32(data, crc) ^ 0xFFFFFFFFu;
        BinaryPrimitives.WriteUInt32BigEndian(four, crc);
        s.Write(four);
    }

    static uint Crc32(byte[] data, uint crc)
    {
        foreach (byte b in data)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return crc;
    }

    public static RgbImage Read(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        if (!bytes.AsSpan(0, 8).SequenceEqual(Signature)) throw new InvalidDataException($"{path} is not a PNG.");
        int at = 8, width = 0, height = 0;
        using var idat = new MemoryStream();
        while (at < bytes.Length)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
            string type = Encoding.ASCII.GetString(bytes, at + 4, 4);
            var data = bytes.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                if (data[8] != 8 || data[9] != 2) throw new InvalidDataException($"{path}: only 8-bit RGB PNGs are read here.");
            }
            else if (type == "IDAT") idat.Write(data);
            else if (type == "IEND") break;
            at += 12 + length;
        }
        idat.Position = 0;
        using var z = new ZLibStream(idat, CompressionMode.Decompress);
        var image = new RgbImage(width, height);
        for (int y = 0; y < height; y++)
        {
            int filter = z.ReadByte();
            if (filter != 0) throw new InvalidDataException($"{path}: PNG filter {filter} is not supported by this reader.");
            z.ReadExactly(image.Pixels, y * width * 3, width * 3);
        }
        return image;
    }
}

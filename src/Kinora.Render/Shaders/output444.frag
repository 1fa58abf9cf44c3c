#version 450 core
// Writes the frame at the scene's own size as planar YUV 4:4:4 (BT.709, limited range) for the encoder to
// upscale: one RGBA8 target of W/4 × 3H whose bytes, read back row by row, are exactly Y, then U, then V, each
// W×H. Each fragment makes four bytes of one plane from four texels fetched at their centres: this is the
// finished image's own grid, so nothing is filtered. Read-back starts at GL's bottom row, so memory row 0 is the
// image's top row and the source is fetched with rows flipped. Grain as in output.frag, keyed the same way.
uniform sampler2D uLdr;
uniform ivec2 uSize;
uniform float uGrain;
uniform uint uGrainKey;
uniform ivec4 uPicture; // the picture inside the letterbox: x0, y0 (top row), x1, y1 (exclusive), in these pixels
layout(location = 0) out vec4 outColour;

#include "yuv.glsl"

float byteAt(int x, int row, int plane, uint noise)
{
    vec3 c = texelFetch(uLdr, ivec2(x, uSize.y - 1 - row), 0).rgb;
    float inside = float(x >= uPicture.x && x < uPicture.z && row >= uPicture.y && row < uPicture.w);
    c *= inside;
    float luma = dot(c, LUMA709);
    return plane == 0 ? lumaCode(luma, grainNoise(noise), uGrain, inside) : chromaCode(c, luma, plane == 2);
}

void main()
{
    ivec2 fc = ivec2(gl_FragCoord.xy);
    int plane = (fc.y >= uSize.y ? 1 : 0) + (fc.y >= 2 * uSize.y ? 1 : 0);
    int row = fc.y - plane * uSize.y;
    int x = fc.x * 4;
    uint noise = pcgHash(uint(row * uSize.x + x) ^ uGrainKey);
    outColour = vec4(byteAt(x, row, plane, noise), byteAt(x + 1, row, plane, noise >> 8u),
                     byteAt(x + 2, row, plane, noise >> 16u), byteAt(x + 3, row, plane, noise >> 24u));
}

#version 450 core
// FXAA after Timothy Lottes (the compact PC variant): find the edge from luma of the four diagonal
// neighbours, blend along it with two or four taps. Luma comes in alpha from the develop pass.
in vec2 vUv;
uniform sampler2D uLdr;
uniform vec2 uTexel;
layout(location = 0) out vec4 outColour;

void main()
{
    vec4 centre = texture(uLdr, vUv);
    float lumaM = centre.a;
    float lumaNW = textureOffset(uLdr, vUv, ivec2(-1, 1)).a;
    float lumaNE = textureOffset(uLdr, vUv, ivec2(1, 1)).a;
    float lumaSW = textureOffset(uLdr, vUv, ivec2(-1, -1)).a;
    float lumaSE = textureOffset(uLdr, vUv, ivec2(1, -1)).a;
    float lumaMin = min(lumaM, min(min(lumaNW, lumaNE), min(lumaSW, lumaSE)));
    float lumaMax = max(lumaM, max(max(lumaNW, lumaNE), max(lumaSW, lumaSE)));
    if (lumaMax - lumaMin < max(0.0312, lumaMax * 0.125))
    {
        outColour = centre;
        return;
    }
    vec2 dir = vec2(-((lumaNW + lumaNE) - (lumaSW + lumaSE)), (lumaNW + lumaSW) - (lumaNE + lumaSE));
    float reduce = max((lumaNW + lumaNE + lumaSW + lumaSE) * (0.25 * 0.125), 1.0 / 128.0);
    float rcpDirMin = 1.0 / (min(abs(dir.x), abs(dir.y)) + reduce);
    dir = clamp(dir * rcpDirMin, vec2(-8.0), vec2(8.0)) * uTexel;
    vec4 a = 0.5 * (texture(uLdr, vUv + dir * (1.0 / 3.0 - 0.5)) + texture(uLdr, vUv + dir * (2.0 / 3.0 - 0.5)));
    vec4 b = a * 0.5 + 0.25 * (texture(uLdr, vUv + dir * -0.5) + texture(uLdr, vUv + dir * 0.5));
    float lumaB = dot(b.rgb, LUMA709);
    outColour = (lumaB < lumaMin || lumaB > lumaMax) ? a : b;
}

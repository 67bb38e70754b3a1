package vn.motcua.dossier.core.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import org.junit.Test;

import vn.motcua.dossier.Agency;

public class AgencyFileTest {

    @Test
    public void readsTheTreeWithValidityDatesAndQuotedNames() throws Exception {
        List<Agency> agencies = AgencyFile.parse(new StringReader(String.join("\n",
                "# comment",
                "code,name,level,parent,validFrom,validTo",
                "000.00.00.H07,UBND tỉnh Bắc Ninh,PROVINCE,,,",
                "000.00.01.H07,\"UBND thành phố Bắc Ninh, tỉnh Bắc Ninh\",DISTRICT,000.00.00.H07,,2025-06-30",
                "000.10.01.H07,UBND phường Võ Cường,COMMUNE,000.00.01.H07,2018-01-01,")));
        assertEquals(3, agencies.size());
        Agency city = agencies.get(1);
        assertEquals("UBND thành phố Bắc Ninh, tỉnh Bắc Ninh", city.name());
        assertEquals(LocalDate.of(2025, 6, 30), city.validTo());
        assertEquals(Agency.Level.COMMUNE, agencies.get(2).level());
        assertNull(agencies.get(0).parentCode());
    }

    @Test
    public void namesTheLineAtFault() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AgencyFile.parse(
                new StringReader("code,name,level,parent,validFrom,validTo\nA,Tên,WARD,,,\n")));
        assertEquals("line 2: unknown level 'WARD' (PROVINCE, DISTRICT, COMMUNE, DEPARTMENT)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> AgencyFile.parse(
                new StringReader("code,name,level,parent,validFrom,validTo\nA,Tên,COMMUNE,B,,\n")));
        assertEquals("agency A: unknown parent B", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> AgencyFile.parse(
                new StringReader("code,name,level,parent,validFrom,validTo\nA,Tên,COMMUNE,,1/7/2025,\n")));
        assertEquals("line 2: not a date (YYYY-MM-DD): 1/7/2025", e.getMessage());
    }
}
